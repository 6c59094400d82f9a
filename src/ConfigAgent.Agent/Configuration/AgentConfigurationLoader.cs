using ConfigAgent.Diagnostics;
using ConfigAgent.Engine;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Agent.Configuration;

/// <summary>
/// Reads the agent's configuration file with the same reader as desired-state documents: every
/// problem reported at once as file:line:col, unknown keys with a suggestion. Nothing in the file
/// makes it throw: a bad value is a diagnostic at its node.
/// </summary>
/// <param name="clock">Now, for the cron check: an expression that never fires again is refused.</param>
public sealed class AgentConfigurationLoader(TimeProvider clock)
{
    internal static readonly string[] Keys =
        ["version", "desired_state", "mode", "schedule", "events", "root", "state_directory", "host", "lock_timeout", "run_timeout", "allow_mass_removal", "announce_interval", "templates", "logging", "reports", "metrics"];

    private static readonly IReadOnlyDictionary<string, RunMode> Modes = new Dictionary<string, RunMode>(StringComparer.Ordinal)
    {
        ["enforce"] = RunMode.Enforce,
        ["audit"] = RunMode.Audit,
    };

    public AgentConfigurationLoader()
        : this(TimeProvider.System)
    {
    }

    public AgentConfiguration? Load(string path, string text, DiagnosticBag diagnostics)
    {
        var documents = new YamlSourceReader().Read(path, text, diagnostics);
        if (documents.Count != 1 || documents[0].Root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(new SourceSpan(path, 1, 1), "the agent configuration must be exactly one YAML document");
            }

            return null;
        }

        var reader = new NodeReader(diagnostics);
        var root = reader.Mapping(documents[0].Root!, "the agent configuration", Keys);
        if (root is null)
        {
            return null;
        }

        var version = root["version"] is { } versionNode ? reader.Integer(versionNode, "version", 1, int.MaxValue) : null;
        if (version != AgentConfiguration.CurrentVersion)
        {
            diagnostics.Error(root["version"]?.Span ?? root.Span, $"'version: {AgentConfiguration.CurrentVersion}' is required (this agent reads version {AgentConfiguration.CurrentVersion})");
        }

        var sections = new AgentSections(reader, clock);
        var configuration = new AgentConfiguration
        {
            DesiredStatePaths = root["desired_state"] is { } desired ? sections.DesiredStatePaths(desired) : [],
            Git = root["desired_state"] is { } desiredGit ? sections.Git(desiredGit) : null,
            Mode = root["mode"] is { } mode ? reader.Choice(mode, "mode", Modes) ?? RunMode.Enforce : RunMode.Enforce,
            Schedule = root["schedule"] is { } schedule ? sections.Schedule(schedule) : new Schedule(Schedule.DefaultInterval, null, TimeSpan.Zero),
            AddressEvents = root["events"] is { } events ? sections.AddressEvents(events) : true,
            EventDebounce = root["events"] is { } eventsDebounce ? sections.Debounce(eventsDebounce) : TimeSpan.FromMilliseconds(200),
            Root = root["root"] is { } rootNode ? sections.AbsolutePath(rootNode, "root") ?? "/" : "/",
            StateDirectory = root["state_directory"] is { } state ? sections.AbsolutePath(state, "state_directory") ?? Platforms.LocalHostOptions.DefaultStateDirectory : Platforms.LocalHostOptions.DefaultStateDirectory,
            Hostname = root["host"] is { } host ? sections.Hostname(host) : null,
            Labels = root["host"] is { } hostLabels ? sections.Labels(hostLabels) : new Dictionary<string, string>(),
            LockTimeout = root["lock_timeout"] is { } lockTimeout ? sections.Duration(lockTimeout, "lock_timeout", Durations.Longest) ?? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(30),
            RunTimeout = root["run_timeout"] is { } runTimeout ? sections.Duration(runTimeout, "run_timeout", Durations.Longest) ?? AgentConfiguration.DefaultRunTimeout : AgentConfiguration.DefaultRunTimeout,
            AllowMassRemoval = root["allow_mass_removal"] is { } massRemoval && (reader.Boolean(massRemoval, "allow_mass_removal") ?? false),
            AnnounceInterval = root["announce_interval"] is { } announce ? sections.Duration(announce, "announce_interval", Durations.LongestPause) ?? Platforms.LocalHostOptions.DefaultAnnounceInterval : Platforms.LocalHostOptions.DefaultAnnounceInterval,
            Templates = root["templates"] is { } templates ? sections.AbsolutePath(templates, "templates") : null,
            Logging = root["logging"] is { } logging ? sections.Logging(logging) : new LoggingSettings(),
            ReportsKept = root["reports"] is { } reports ? sections.ReportsKept(reports) : 100,
            MetricsTextfile = root["metrics"] is { } metrics ? sections.MetricsTextfile(metrics) : null,
        };

        // By the keys written, not by what bound: a bad value in either is reported at its own line.
        var source = root["desired_state"] as SourceMapping;
        if (root["desired_state"] is null || (source is not null && source["paths"] is null && source["git"] is null))
        {
            diagnostics.Error(root["desired_state"]?.Span ?? root.Span, "desired_state needs 'paths' (files or directories of documents) or 'git'");
        }

        if (source?["paths"] is not null && source["git"] is not null)
        {
            diagnostics.Error(root["desired_state"]!.Span, "desired_state takes 'paths' or 'git', not both: one source decides what is in force");
        }

        return diagnostics.HasErrors ? null : configuration;
    }
}
