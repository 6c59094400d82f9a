using System.Buffers;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Output.Json;

namespace ConfigAgent.Agent.Reports;

/// <summary>A run report as its file (docs/agent.md); versioned like the plan.</summary>
public static class RunReportJsonRenderer
{
    public static string Render(RunReport report) => JsonOutput.Write(report, RunReportJsonContext.Default.RunReport);

    /// <summary>The report as the UTF-8 of its file, appended to <paramref name="buffer"/>.</summary>
    public static void Render(IBufferWriter<byte> buffer, RunReport report) => JsonOutput.WriteUtf8(buffer, report, RunReportJsonContext.Default.RunReport);
}
