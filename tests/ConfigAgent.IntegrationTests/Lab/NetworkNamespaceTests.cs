using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Lab;

public sealed class NetworkNamespaceTests
{
    private const string ArpIgnore = "/proc/sys/net/ipv4/conf/all/arp_ignore";

    public NetworkNamespaceTests() => LabGuard.RequireNamespaces();

    [Fact]
    public void Sockets_opened_on_the_namespace_thread_see_the_namespaces_links()
    {
        using var ns = new NetworkNamespace();
        ns.Ip("link", "add", "vtest0", "type", "veth", "peer", "name", "vtest1");

        var links = ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            return socket.DumpLinks();
        });

        Assert.Equal(["lo", "vtest0", "vtest1"], links.Select(l => l.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_sysctl_read_on_the_namespace_thread_is_the_namespaces_value()
    {
        using var changed = new NetworkNamespace();
        using var untouched = new NetworkNamespace();
        changed.Exec("sysctl", "-qw", "net.ipv4.conf.all.arp_ignore=2");

        var inChanged = changed.Run(() => File.ReadAllText(ArpIgnore).Trim());
        var inUntouched = untouched.Run(() => File.ReadAllText(ArpIgnore).Trim());

        Assert.Equal("2", inChanged);
        Assert.Equal("0", inUntouched);
    }

    [Fact]
    public void A_sysctl_written_on_the_namespace_thread_changes_that_namespace_only()
    {
        using var changed = new NetworkNamespace();
        using var untouched = new NetworkNamespace();

        changed.Run(() => File.WriteAllText(ArpIgnore, "1"));

        Assert.Equal("1", changed.Exec("cat", ArpIgnore).Trim());
        Assert.Equal("0", untouched.Exec("cat", ArpIgnore).Trim());
    }

    [Fact]
    public void Proc_net_follows_the_process_and_proc_thread_self_net_the_thread()
    {
        using var ns = new NetworkNamespace();
        ns.Ip("link", "add", "vtest0", "type", "veth", "peer", "name", "vtest1");

        var (processView, threadView) = ns.Run(() =>
            (File.ReadAllText("/proc/self/net/dev"), File.ReadAllText("/proc/thread-self/net/dev")));

        Assert.DoesNotContain("vtest0:", processView, StringComparison.Ordinal);
        Assert.Contains("vtest0:", threadView, StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_deletes_the_namespace()
    {
        var ns = new NetworkNamespace();
        var path = ns.Path;

        ns.Dispose();

        Assert.False(File.Exists(path));
        Assert.DoesNotContain(ns.Name, LabProcess.Run("ip", "netns", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_ip_command_reports_ips_error()
    {
        using var ns = new NetworkNamespace();

        var error = Assert.Throws<InvalidOperationException>(() => ns.Ip("link", "set", "nosuchdev", "up"));

        Assert.Contains("nosuchdev", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sweep_deletes_lab_namespaces_nobody_holds_and_keeps_the_rest()
    {
        using var held = new NetworkNamespace();
        var leftover = NetworkNamespace.Prefix + "left" + Guid.NewGuid().ToString("N")[..4];
        var foreign = "cb-" + Guid.NewGuid().ToString("N")[..8];
        LabProcess.Run("ip", "netns", "add", leftover);
        LabProcess.Run("ip", "netns", "add", foreign);
        try
        {
            NamespaceSweep.Sweep();

            var names = LabProcess.Run("ip", "netns", "list");
            Assert.DoesNotContain(leftover, names, StringComparison.Ordinal);
            Assert.Contains(held.Name, names, StringComparison.Ordinal);
            Assert.Contains(foreign, names, StringComparison.Ordinal);
        }
        finally
        {
            LabProcess.TryRun("ip", "netns", "delete", leftover);
            LabProcess.TryRun("ip", "netns", "delete", foreign);
        }
    }
}
