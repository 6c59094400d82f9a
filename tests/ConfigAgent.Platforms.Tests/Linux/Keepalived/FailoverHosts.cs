using ConfigAgent.Compilation;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Linux;
using ConfigAgent.Platforms.Templates;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Linux.Keepalived;

/// <summary>The example pair compiled for one of its hosts, with the facts each test varies.</summary>
internal static class FailoverHosts
{
    public static string Example => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "ha-pair.yaml"));

    /// <summary>ha-a or ha-b as the lab has them: eth0 with the member's address, no systemd.</summary>
    public static FactsBuilder Host(string hostname) =>
        new FactsBuilder("linux", hostname)
            .Interface("lo", "127.0.0.1/8 lo host")
            .Interface("eth0", hostname == "ha-a" ? "172.26.7.11/24 eth0 global" : "172.26.7.12/24 eth0 global");

    public static ResourceGraph Compile(string yaml, HostFacts facts, Ledger? ledger = null) =>
        new LinuxPlatform(new TemplateCache()).Compile(State(yaml, facts.Hostname), facts, new CompileContext(ledger ?? Ledger.Empty));

    public static DesiredState State(string yaml, string hostname) => DocumentText.StateFor(yaml, hostname);
}
