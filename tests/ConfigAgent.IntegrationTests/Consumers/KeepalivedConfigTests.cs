using ConfigAgent.IntegrationTests.Cli;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Testing;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// keepalived reads /etc/keepalived/keepalived.conf: `keepalived --config-test` parses it with
/// keepalived's own parser and checks that the interfaces it names exist, in a throwaway
/// namespace that has them. The rendered files of the renderer's golden tests (every setting),
/// and the gitops example's balancer as `render` writes it, must pass it as they are.
/// </summary>
public sealed class KeepalivedConfigTests
{
    public static TheoryData<string> GoldenFiles => [.. Directory.EnumerateFiles(GoldenDirectory, "keepalived-*.conf").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private static string GoldenDirectory => Path.Join(RepositoryPaths.Root, "tests", "ConfigAgent.Platforms.Tests", "Golden");

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Keepalived_accepts_the_golden_configurations(string golden)
    {
        var keepalived = Consumer.Keepalived.Path;
        LabGuard.RequireNamespaces();
        using var ns = Host();

        ConsumerProcess.RunIn(ns, keepalived, "--config-test", "-f", Path.Join(GoldenDirectory, golden)).AssertClean($"keepalived --config-test -f {golden}");
    }

    [Fact]
    public void Keepalived_accepts_the_balancers_configuration_render_writes()
    {
        var keepalived = Consumer.Keepalived.Path;
        LabGuard.RequireNamespaces();
        using var ns = Host();
        using var output = new TemporaryDirectory("configagent-keepalived-render-");

        ConfigAgentProcess.Run(ns, "render", Path.Join(RepositoryPaths.Root, "examples/gitops/desired-state/balancers.yaml"),
            "--facts", Path.Join(RepositoryPaths.Root, "examples/gitops/facts/lb-01.json"), "--out", output.Path).Expect(0);

        var rendered = Path.Join(output.Path, "etc/keepalived/keepalived.conf");
        Assert.Contains("198.51.100.10/24 dev eth1 label eth1:vip", File.ReadAllText(rendered), StringComparison.Ordinal);
        ConsumerProcess.RunIn(ns, keepalived, "--config-test", "-f", rendered).AssertClean("keepalived --config-test -f balancers' keepalived.conf");
    }

    /// <summary>A namespace with the interfaces the configurations name: eth0, eth1 and bond0.100.</summary>
    private static NetworkNamespace Host()
    {
        var ns = new NetworkNamespace();
        foreach (var (name, peer) in new[] { ("eth0", "eth0p"), ("eth1", "eth1p"), ("bond0.100", "bond0p") })
        {
            ns.Ip("link", "add", name, "type", "veth", "peer", "name", peer);
            ns.Ip("link", "set", name, "up");
        }

        return ns;
    }
}
