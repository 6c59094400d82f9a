using ConfigAgent.IntegrationTests.Agent;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Testing;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// Prometheus reads the agent's textfile (through node_exporter's textfile collector):
/// `promtool check metrics` parses it with Prometheus' own parser and lints it (names, HELP and
/// TYPE, counters' _total). The textfile of each kind of run the agent writes one for, and the
/// golden files the renderer's unit tests compare with, must pass it without a remark.
/// </summary>
public sealed class PromtoolMetricsTests
{
    private const string Textfile = "/var/lib/node_exporter/textfile_collector/configagent.prom";

    public static TheoryData<string> Runs => ["converged", "drift found in audit", "desired state refused"];

    public static TheoryData<string> GoldenFiles => [.. Directory.EnumerateFiles(GoldenDirectory, "*.prom").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private static string GoldenDirectory => Path.Join(RepositoryPaths.Root, "tests", "ConfigAgent.Agent.Tests", "Golden");

    [Theory]
    [MemberData(nameof(Runs))]
    public void Promtool_accepts_the_textfile_the_agent_writes_after_a_run(string run)
    {
        var promtool = Consumer.Promtool.Path;
        LabGuard.RequireNamespaces();
        using var lab = new AgentLab();
        var enforce = new AgentSettings { Mode = "enforce", MetricsTextfile = Textfile };
        lab.WriteDesiredState(AgentDocuments.RealServer());
        switch (run)
        {
            case "converged":
                lab.RunOnce(enforce).AssertExitCode(0);
                break;
            case "drift found in audit":
                lab.RunOnce(new AgentSettings { Mode = "audit", MetricsTextfile = Textfile }).AssertExitCode(2);
                break;
            default:
                lab.RunOnce(enforce).AssertExitCode(0);
                lab.WriteDesiredState(AgentDocuments.Invalid);
                lab.RunOnce(enforce).AssertExitCode(1);
                break;
        }

        var textfile = lab.Root + Textfile;
        Assert.True(File.Exists(textfile), $"the agent wrote no textfile at {textfile}");
        ConsumerProcess.Run(promtool, ["check", "metrics"], textfile).AssertClean($"promtool check metrics < {Textfile} ({run})");
        Assert.Contains(run == "desired state refused" ? "configagent_desired_state_valid 0\n" : "configagent_desired_state_valid 1\n", File.ReadAllText(textfile), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Promtool_accepts_the_golden_textfiles(string golden)
    {
        var promtool = Consumer.Promtool.Path;

        ConsumerProcess.Run(promtool, ["check", "metrics"], Path.Join(GoldenDirectory, golden)).AssertClean($"promtool check metrics < {golden}");
    }
}
