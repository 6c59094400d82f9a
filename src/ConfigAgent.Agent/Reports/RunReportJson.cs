using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ConfigAgent.Agent.Git;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.HostAccess;
using ConfigAgent.Planning;

namespace ConfigAgent.Agent.Reports;

/// <summary>The run report's JSON (docs/agent.md describes it); versioned like the plan.</summary>
public static class RunReportJson
{
    public static string Write(RunReport report) => JsonText.Write(json => Write(json, report));

    /// <summary>The report as the UTF-8 of its file, appended to <paramref name="buffer"/>.</summary>
    public static void WriteUtf8(IBufferWriter<byte> buffer, RunReport report) => JsonText.WriteUtf8(buffer, json => Write(json, report));

    private static void Write(Utf8JsonWriter json, RunReport report)
    {
        json.WriteStartObject();
        json.WriteString("format", RunReport.FormatName);
        json.WriteNumber("version", RunReport.FormatVersion);
        json.WriteString("run_id", report.RunId);
        json.WriteString("host", report.Host);
        json.WriteString("trigger", Word(report.Trigger));
        json.WriteString("mode", report.Mode == RunMode.Enforce ? "enforce" : "audit");
        json.WriteString("started", report.Started);
        json.WriteString("finished", report.Finished);
        json.WriteNumber("duration_ms", Math.Round(report.Duration.TotalMilliseconds, 3));
        json.WriteString("outcome", Word(report.Outcome));
        Nullable(json, "revision", report.Revision);
        Nullable(json, "commit", report.Commit);
        Nullable(json, "error", report.Error);
        if (report.Git is { } git)
        {
            WriteGit(json, git);
        }

        json.WriteBoolean("desired_state_valid", report.DesiredStateValid);
        json.WriteStartArray("desired_state_problems");
        foreach (var problem in report.DesiredStateProblems)
        {
            json.WriteStringValue(problem);
        }

        json.WriteEndArray();
        json.WriteStartObject("resources");
        json.WriteNumber("total", report.Resources);
        json.WriteNumber("in_sync", report.InSync);
        json.WriteNumber("drifted", report.Drifted);
        json.WriteNumber("failed", report.Failed);
        json.WriteEndObject();
        json.WriteStartArray("drift");
        foreach (var drift in report.Drift)
        {
            json.WriteStartObject();
            json.WriteString("resource", drift.Resource);
            json.WriteString("action", drift.Action);
            json.WriteString("side", drift.Side);
            Nullable(json, "before", drift.Before);
            Nullable(json, "after", drift.After);
            json.WriteString("reason", drift.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("outcomes");
        foreach (var outcome in report.Outcomes)
        {
            json.WriteStartObject();
            json.WriteString("resource", outcome.Resource);
            json.WriteString("status", outcome.Status);
            if (outcome.Message is { } message)
            {
                json.WriteString("message", message);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a report back (for `configagent status`); a malformed one throws <see cref="FormatException"/>.</summary>
    public static RunReport Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != RunReport.FormatName)
            {
                throw new FormatException($"not a {RunReport.FormatName} file");
            }

            var resources = root.GetProperty("resources");
            string[] problems = [.. root.GetProperty("desired_state_problems").EnumerateArray().Select(p => p.GetString()!)];
            return new RunReport
            {
                RunId = root.GetProperty("run_id").GetString()!,
                Host = root.GetProperty("host").GetString()!,
                Trigger = Parse<RunTrigger>(root.GetProperty("trigger").GetString()!),
                Mode = root.GetProperty("mode").GetString() == "audit" ? RunMode.Audit : RunMode.Enforce,
                Started = root.GetProperty("started").GetDateTimeOffset(),
                Finished = root.GetProperty("finished").GetDateTimeOffset(),
                Outcome = Parse<RunOutcome>(root.GetProperty("outcome").GetString()!),
                Revision = root.GetProperty("revision").GetString(),
                Commit = root.GetProperty("commit").GetString(),
                Error = root.GetProperty("error").GetString(),
                Git = root.TryGetProperty("git", out var git) ? ReadGit(git) : null,
                DesiredStateProblems = problems,
                DesiredStateValid = root.TryGetProperty("desired_state_valid", out var valid) ? valid.GetBoolean() : problems.Length == 0,
                Resources = resources.GetProperty("total").GetInt32(),
                InSync = resources.GetProperty("in_sync").GetInt32(),
                Drifted = resources.GetProperty("drifted").GetInt32(),
                Failed = resources.GetProperty("failed").GetInt32(),
                Drift = [.. root.GetProperty("drift").EnumerateArray().Select(d => new DriftRecord(
                    d.GetProperty("resource").GetString()!,
                    d.GetProperty("action").GetString()!,
                    d.GetProperty("side").GetString()!,
                    d.GetProperty("before").GetString(),
                    d.GetProperty("after").GetString(),
                    d.GetProperty("reason").GetString()!))],
                Outcomes = [.. root.GetProperty("outcomes").EnumerateArray().Select(o => new ResourceOutcome(
                    o.GetProperty("resource").GetString()!,
                    o.GetProperty("status").GetString()!,
                    o.TryGetProperty("message", out var message) ? message.GetString() : null))],
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"not a readable run report: {ErrorSentence.Of(ex)}", ex);
        }
    }

    private static void WriteGit(Utf8JsonWriter json, GitPull git)
    {
        json.WriteStartObject("git");
        json.WriteString("branch", git.Branch);
        json.WriteString("path", git.Path);
        Nullable(json, "fetched_commit", git.FetchedCommit);
        Nullable(json, "last_fetched", git.LastFetched);
        Nullable(json, "fetch_error", git.Error);
        Nullable(json, "commit_time", git.CommitTime);
        json.WriteEndObject();
    }

    private static GitPull ReadGit(JsonElement git) => new(git.GetProperty("branch").GetString()!, git.GetProperty("path").GetString()!)
    {
        FetchedCommit = git.GetProperty("fetched_commit").GetString(),
        LastFetched = Time(git.GetProperty("last_fetched")),
        Error = git.GetProperty("fetch_error").GetString(),
        CommitTime = Time(git.GetProperty("commit_time")),
    };

    private static DateTimeOffset? Time(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDateTimeOffset();

    /// <summary>snake_case words for enum values: address_event, in_sync.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLower(name[i], CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static T Parse<T>(string word)
        where T : struct, Enum =>
        Enum.GetValues<T>().FirstOrDefault(v => Word(v) == word) is var value && Word(value) == word
            ? value
            : throw new FormatException($"'{word}' is not a {typeof(T).Name}");

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Nullable(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
