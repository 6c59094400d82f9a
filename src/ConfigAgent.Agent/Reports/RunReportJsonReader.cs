using System.Text.Json;
using ConfigAgent.Agent.Runs;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Agent.Reports;

/// <summary>Reads a run report back (for <c>configagent status</c>).</summary>
public static class RunReportJsonReader
{
    /// <summary>The report in <paramref name="text"/>; a malformed one throws <see cref="FormatException"/>.</summary>
    public static RunReport Read(string text)
    {
        try
        {
            // The format first: a plan or a ledger given as a report is named for what it is, not
            // for the fields it lacks.
            if (JsonSerializer.Deserialize(text, RunReportJsonContext.Default.JsonFileFormat)?.Format != RunReport.FormatName)
            {
                throw new FormatException($"not a {RunReport.FormatName} file");
            }

            return JsonSerializer.Deserialize(text, RunReportJsonContext.Default.RunReport)!;
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not a readable run report: {ErrorSentence.Of(ex)}", ex);
        }
    }
}
