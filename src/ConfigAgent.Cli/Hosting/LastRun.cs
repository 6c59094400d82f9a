using ConfigAgent.Agent.Runs;

namespace ConfigAgent.Cli.Hosting;

/// <summary>The agent's last run as <c>status</c> found it: the report, and the file it was read from.</summary>
internal sealed class LastRun(RunReport report, string json)
{
    public RunReport Report { get; } = report;

    /// <summary>The report as the agent wrote it.</summary>
    public string Json { get; } = json;
}
