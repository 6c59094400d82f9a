using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Keepalived;

namespace ConfigAgent.Platforms.Tests.Linux.Keepalived;

/// <summary>On a systemd host the keepalived unit is enabled, running, and reloaded when its configuration changes.</summary>
public sealed class KeepalivedServiceResourceTests
{
    private const string Path = "/etc/keepalived/keepalived.conf";
    private const string Enabled = "/etc/systemd/system/multi-user.target.wants/keepalived.service";

    private static readonly VrrpInstanceFacts RunningPair = new(
        "configagent_eth0_51", "eth0", 51, VrrpState.Master, 150, 1, false, [new(System.Net.IPAddress.Parse("172.26.7.100"), 24)], [], new(5, 5, 60));

    private static (KeepalivedServiceResource Service, string Content) Service()
    {
        var graph = FailoverHosts.Compile(FailoverHosts.Example, FailoverHosts.Host("ha-a").Directory("/run/systemd/system").Build());
        return (graph.Resources.OfType<KeepalivedServiceResource>().Single(), ((FileResource)graph[ResourceId.Of("file", Path)]).Content!);
    }

    private static HostFacts Facts(string? content, bool enabled, VrrpFacts vrrp)
    {
        var builder = FailoverHosts.Host("ha-a").Directory("/run/systemd/system").File(Path, content);
        var facts = builder.Build();
        var files = new Dictionary<string, FileFacts>(facts.Files)
        {
            [Enabled] = enabled ? new FileFacts(true, LinkTarget: "/lib/systemd/system/keepalived.service") : FileFacts.Missing,
        };
        return facts with { Files = files, Vrrp = vrrp };
    }

    [Fact]
    public void A_stopped_keepalived_is_enabled_and_started()
    {
        var (service, content) = Service();

        var change = Assert.IsType<Change>(service.Test(Facts(content, enabled: false, new VrrpFacts { Daemon = "/usr/sbin/keepalived" })));

        Assert.Equal((ChangeAction.Create, "disabled, stopped", "enabled, running"), (change.Action, change.Before, change.After));
        Assert.Equal(["systemctl enable --now keepalived.service"], change.Commands.Select(c => c.ToString()));
    }

    [Fact]
    public void A_configuration_this_run_rewrites_is_reloaded()
    {
        var (service, _) = Service();

        var change = Assert.IsType<Change>(service.Test(Facts("# Managed by ConfigAgent: older\n", enabled: true, new VrrpFacts { Daemon = "/usr/sbin/keepalived", Running = true, Instances = [RunningPair] })));

        Assert.Equal(["systemctl reload keepalived.service"], change.Commands.Select(c => c.ToString()));
        Assert.Equal("keepalived.conf changes in this run: keepalived reloads it (the master keeps its VIP)", change.Reason);
    }

    [Fact]
    public void A_running_keepalived_not_enabled_is_enabled_and_reloaded_when_the_file_changes()
    {
        var (service, _) = Service();

        var change = service.Test(Facts("# Managed by ConfigAgent: older\n", enabled: false, new VrrpFacts { Daemon = "/usr/sbin/keepalived", Running = true, Instances = [RunningPair] }))!;

        Assert.Equal(["systemctl enable --now keepalived.service", "systemctl reload keepalived.service"], change.Commands.Select(c => c.ToString()));
        Assert.Equal("not enabled at boot; keepalived.conf changes in this run: keepalived reloads it (the master keeps its VIP)", change.Reason);
    }

    [Fact]
    public void A_keepalived_on_an_older_configuration_than_the_file_is_reloaded()
    {
        var (service, content) = Service();

        var change = service.Test(Facts(content, enabled: true, new VrrpFacts { Daemon = "/usr/sbin/keepalived", Running = true, Instances = [RunningPair with { Priority = 100 }] }))!;

        Assert.Equal("keepalived runs an older configuration than the file holds", change.Reason);
    }

    [Fact]
    public void A_running_keepalived_on_the_current_configuration_is_in_sync()
    {
        var (service, content) = Service();

        Assert.Null(service.Test(Facts(content, enabled: true, new VrrpFacts { Daemon = "/usr/sbin/keepalived", Running = true, Instances = [RunningPair] })));
    }

    [Fact]
    public void Verifying_the_service_alone_reads_keepalived_too()
    {
        var (service, _) = Service();
        var scope = new ObservationScope();

        service.Scope(scope);

        Assert.Equal([new FailoverVip("eth0", System.Net.IPAddress.Parse("172.26.7.100"), System.Net.IPAddress.Parse("172.26.7.11"))], scope.FailoverVips);
        Assert.Contains(Enabled, scope.Files);
    }

    [Fact]
    public void Without_keepalived_installed_the_service_is_blocked()
    {
        var (service, content) = Service();

        Assert.Equal(ChangeAction.Blocked, service.Test(Facts(content, enabled: false, new VrrpFacts()))!.Action);
    }
}
