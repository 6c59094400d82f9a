using ConfigAgent.Documents.Binding;
using ConfigAgent.Documents.Yaml;
using ConfigAgent.Hosts;

namespace ConfigAgent.Agent.Configuration;

/// <summary>Binds the sections of the agent configuration.</summary>
internal sealed class AgentSections(NodeReader reader)
{
    private static readonly string[] DesiredStateKeys = ["paths", "git"];
    private static readonly string[] GitKeys = ["url", "branch", "path"];
    private static readonly string[] ScheduleKeys = ["interval", "cron", "splay"];
    private static readonly string[] EventKeys = ["addresses", "debounce"];
    private static readonly string[] HostKeys = ["hostname", "labels"];
    private static readonly string[] LoggingKeys = ["level", "format", "file", "retained_files"];
    private static readonly string[] ReportKeys = ["keep"];
    private static readonly string[] MetricKeys = ["textfile"];
    private static readonly string[] Levels = ["verbose", "debug", "information", "warning", "error", "fatal"];

    private static readonly IReadOnlyDictionary<string, bool> Formats = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["text"] = false,
        ["json"] = true,
    };

    public IReadOnlyList<string> DesiredStatePaths(SourceNode node)
    {
        var section = reader.Mapping(node, "desired_state", DesiredStateKeys);
        var paths = new List<string>();
        foreach (var item in section?["paths"] is { } pathsNode ? reader.Sequence(pathsNode, "desired_state.paths")?.Items ?? [] : [])
        {
            if (AbsolutePath(item, "a desired-state path") is { } path)
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    public GitSource? Git(SourceNode node)
    {
        if (node is not SourceMapping { } section || section["git"] is not { } gitNode)
        {
            return null;
        }

        var git = reader.Mapping(gitNode, "desired_state.git", GitKeys);
        var url = git?["url"] is { } urlNode ? reader.String(urlNode, "desired_state.git.url") : null;
        if (git is null || url is null)
        {
            if (git is not null)
            {
                reader.Error(gitNode, "desired_state.git needs 'url'");
            }

            return null;
        }

        if (url.StartsWith('-') || url.Any(char.IsWhiteSpace))
        {
            reader.Error(git["url"]!, $"'{url}' is not a git repository URL");
            return null;
        }

        var branch = git["branch"] is { } branchNode ? reader.String(branchNode, "desired_state.git.branch") ?? "main" : "main";
        if (branch.StartsWith('-') || branch.Contains("..", StringComparison.Ordinal) || !branch.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/'))
        {
            reader.Error(git["branch"]!, $"'{branch}' is not a branch name ConfigAgent accepts (letters, digits, '-', '_', '.', '/')");
            return null;
        }

        var path = git["path"] is { } pathNode ? reader.String(pathNode, "desired_state.git.path") ?? "." : ".";
        if (path.StartsWith('/') || path.Split('/').Contains(".."))
        {
            reader.Error(git["path"]!, $"desired_state.git.path '{path}' must be relative to the repository, without '..'");
            return null;
        }

        return new GitSource(url, branch, path);
    }

    public Schedule Schedule(SourceNode node)
    {
        var section = reader.Mapping(node, "schedule", ScheduleKeys);
        var interval = section?["interval"] is { } intervalNode ? Duration(intervalNode, "schedule.interval") : null;
        var cron = section?["cron"] is { } cronNode ? reader.String(cronNode, "schedule.cron") : null;
        var splay = section?["splay"] is { } splayNode ? Duration(splayNode, "schedule.splay") ?? TimeSpan.Zero : TimeSpan.Zero;
        if (interval is not null && cron is not null)
        {
            reader.Error(node, "schedule takes 'interval' or 'cron', not both");
        }

        if (interval is { } value && value < TimeSpan.FromSeconds(1))
        {
            reader.Error(section!["interval"]!, "schedule.interval must be at least 1s");
        }

        return new Schedule(interval ?? (cron is null ? Configuration.Schedule.DefaultInterval : null), cron, splay);
    }

    public bool AddressEvents(SourceNode node) =>
        reader.Mapping(node, "events", EventKeys)?["addresses"] is { } addresses ? reader.Boolean(addresses, "events.addresses") ?? true : true;

    public TimeSpan Debounce(SourceNode node) =>
        (node as SourceMapping)?["debounce"] is { } debounce ? Duration(debounce, "events.debounce") ?? TimeSpan.FromMilliseconds(200) : TimeSpan.FromMilliseconds(200);

    public string? Hostname(SourceNode node)
    {
        var host = reader.Mapping(node, "host", HostKeys);
        if (host?["hostname"] is not { } hostnameNode || reader.String(hostnameNode, "host.hostname") is not { } hostname)
        {
            return null;
        }

        if (hostname.Length is 0 or > 253 || !hostname.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            reader.Error(hostnameNode, $"'{hostname}' is not a hostname");
            return null;
        }

        return hostname;
    }

    public IReadOnlyDictionary<string, string> Labels(SourceNode node)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if ((node as SourceMapping)?["labels"] is not { } labelsNode)
        {
            return labels;
        }

        if (labelsNode is not SourceMapping mapping)
        {
            reader.Error(labelsNode, $"host.labels: expected a mapping of label: value, found {NodeReader.Describe(labelsNode)}");
            return labels;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            if (HostLabels.KeyProblem(key.Value) is { } problem)
            {
                reader.Error(key, problem);
            }
            else if (reader.String(value, $"the value of label '{key.Value}'") is { } text)
            {
                labels[key.Value] = text;
            }
        }

        return labels;
    }

    public LoggingSettings Logging(SourceNode node)
    {
        var section = reader.Mapping(node, "logging", LoggingKeys);
        var level = section?["level"] is { } levelNode ? reader.String(levelNode, "logging.level") : null;
        if (level is not null && !Levels.Contains(level.ToLowerInvariant()))
        {
            reader.Error(section!["level"]!, $"logging.level: unknown level '{level}' (expected one of: {string.Join(", ", Levels)})");
            level = null;
        }

        return new LoggingSettings(
            level ?? "Information",
            section?["format"] is { } format && reader.Choice(format, "logging.format", Formats) is true,
            section?["file"] is { } file ? AbsolutePath(file, "logging.file") : null,
            section?["retained_files"] is { } retained ? reader.Integer(retained, "logging.retained_files", 1, 365) ?? 7 : 7);
    }

    public int ReportsKept(SourceNode node) =>
        reader.Mapping(node, "reports", ReportKeys)?["keep"] is { } keep ? reader.Integer(keep, "reports.keep", 1, 10_000) ?? 100 : 100;

    public string? MetricsTextfile(SourceNode node) =>
        reader.Mapping(node, "metrics", MetricKeys)?["textfile"] is { } textfile ? AbsolutePath(textfile, "metrics.textfile") : null;

    public TimeSpan? Duration(SourceNode node, string what)
    {
        var text = reader.String(node, what);
        if (text is null)
        {
            return null;
        }

        if (!Durations.TryParse(text, out var duration))
        {
            reader.Error(node, $"{what}: '{text}' is not a duration (such as 250ms, 30s, 5m, 1h)");
            return null;
        }

        return duration;
    }

    public string? AbsolutePath(SourceNode node, string what)
    {
        var path = reader.String(node, what);
        if (path is null)
        {
            return null;
        }

        if (!path.StartsWith('/') || path.Split('/').Contains(".."))
        {
            reader.Error(node, $"{what} must be an absolute path without '..', found '{path}'");
            return null;
        }

        return path;
    }
}
