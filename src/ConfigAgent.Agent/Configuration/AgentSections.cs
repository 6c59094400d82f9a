using System.Text.RegularExpressions;
using ConfigAgent.Loading.Yaml;
using ConfigAgent.Selection;
using Quartz;

namespace ConfigAgent.Agent.Configuration;

/// <summary>
/// Binds the sections of the agent configuration. Each rule here is stated again in
/// schemas/agent-config-v1.schema.json; AgentConfigSchemaTests keeps the two in agreement.
/// </summary>
internal sealed partial class AgentSections(NodeReader reader, TimeProvider clock)
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
        var items = section?["paths"] is { } pathsNode ? reader.Sequence(pathsNode, "desired_state.paths")?.Items ?? [] : [];
        if (section?["paths"] is SourceSequence { Items.Count: 0 } empty)
        {
            reader.Error(empty, "desired_state.paths is empty: list the files or directories of desired-state documents");
        }

        foreach (var item in items)
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

        // git runs transports by URL scheme, some of which run commands (ext::, fd::): only the
        // transports that fetch data are accepted, and nothing git could read as an option.
        if (!GitUrl().IsMatch(url))
        {
            reader.Error(git["url"]!, $"desired_state.git.url '{url}' is not a git repository URL ConfigAgent accepts: an https, http, ssh, git or file URL, user@host:path, or an absolute path");
            return null;
        }

        var branch = git["branch"] is { } branchNode ? reader.String(branchNode, "desired_state.git.branch") ?? "main" : "main";
        if (!BranchName().IsMatch(branch))
        {
            reader.Error(git["branch"]!, branch.Length == 0
                ? "desired_state.git.branch is empty: name the branch to follow (default: main)"
                : $"desired_state.git.branch '{branch}' is not a branch name ConfigAgent accepts (letters, digits, '-', '_', '.', '/'; " +
                  "no '..', '//', a part starting with '.', or an end in '/', '.' or '.lock', as git check-ref-format rules)");
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
        var interval = section?["interval"] is { } intervalNode ? Duration(intervalNode, "schedule.interval", Durations.Longest) : null;
        var cron = section?["cron"] is { } cronNode ? Cron(cronNode) : null;
        var splay = section?["splay"] is { } splayNode ? Duration(splayNode, "schedule.splay", Durations.Longest) ?? TimeSpan.Zero : TimeSpan.Zero;
        if (section?["interval"] is not null && section["cron"] is not null)
        {
            reader.Error(node, "schedule takes 'interval' or 'cron', not both");
        }

        if (interval is { } value && value < TimeSpan.FromSeconds(1))
        {
            reader.Error(section!["interval"]!, "schedule.interval must be at least 1s");
        }

        return new Schedule(interval ?? (cron is null ? Configuration.Schedule.DefaultInterval : null), cron, splay);
    }

    private string? Cron(SourceNode node)
    {
        var cron = reader.String(node, "schedule.cron");
        if (cron is null)
        {
            return null;
        }

        if (!CronExpression.TryParse(cron, out var expression) || expression is null)
        {
            reader.Error(node, $"schedule.cron '{cron}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year], e.g. '0 */5 * * * ?')");
            return null;
        }

        // Quartz refuses to schedule a trigger that never fires (31 February, a past year): say
        // so here, at the line, rather than let the agent fail at start-up.
        if (expression.GetNextValidTimeAfter(clock.GetUtcNow()) is null)
        {
            reader.Error(node, $"schedule.cron '{cron}' never fires (a date that does not exist, or a year that has passed)");
            return null;
        }

        return cron;
    }

    public bool AddressEvents(SourceNode node) =>
        reader.Mapping(node, "events", EventKeys)?["addresses"] is { } addresses ? reader.Boolean(addresses, "events.addresses") ?? true : true;

    public TimeSpan Debounce(SourceNode node) =>
        (node as SourceMapping)?["debounce"] is { } debounce ? Duration(debounce, "events.debounce", Durations.LongestPause) ?? TimeSpan.FromMilliseconds(200) : TimeSpan.FromMilliseconds(200);

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
        if (level is not null && !(level.All(char.IsAscii) && Levels.Contains(level.ToLowerInvariant())))
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

    public string? MetricsTextfile(SourceNode node)
    {
        if (reader.Mapping(node, "metrics", MetricKeys)?["textfile"] is not { } textfile || AbsolutePath(textfile, "metrics.textfile") is not { } path)
        {
            return null;
        }

        // node_exporter's textfile collector reads *.prom and nothing else.
        if (!path.EndsWith(".prom", StringComparison.Ordinal) || path.EndsWith("/.prom", StringComparison.Ordinal))
        {
            reader.Error(textfile, $"metrics.textfile '{path}' must end in .prom: node_exporter's textfile collector reads only *.prom files");
            return null;
        }

        return path;
    }

    public TimeSpan? Duration(SourceNode node, string what, TimeSpan longest)
    {
        var text = reader.String(node, what);
        if (text is null)
        {
            return null;
        }

        if (!Durations.TryParse(text, out var duration))
        {
            reader.Error(node, $"{what}: '{text}' is not a duration (a whole number and ms, s, m or h: 250ms, 30s, 5m, 1h)");
            return null;
        }

        if (duration > longest)
        {
            reader.Error(node, $"{what}: '{text}' is longer than {Durations.Format(longest)}, the most it takes");
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

    // The schema's gitUrl: scheme://..., user@host:path (scp-like), or an absolute path;
    // printable ASCII without spaces, nothing that starts like an option.
    [GeneratedRegex(@"^(?:(?:https?|ssh|git|file)://(?!-)[!-~]+|[A-Za-z0-9_][A-Za-z0-9._-]*@[A-Za-z0-9][A-Za-z0-9.-]*:[!-~]+|/[!-~]*)$")]
    private static partial Regex GitUrl();

    // The schema's branchName, after git check-ref-format (a subset).
    [GeneratedRegex(@"^(?!-)(?!.*\.\.)(?!.*//)(?!(?:.*/)?\.)(?!.*(?:\.lock|/|\.)$)[A-Za-z0-9_./-]+$")]
    private static partial Regex BranchName();
}
