using ConfigAgent.Engine;

namespace ConfigAgent.Agent.Configuration;

/// <summary>The agent's configuration file (version 1), typed. See schemas/agent-config-v1.schema.json.</summary>
public sealed record AgentConfiguration
{
    public const int CurrentVersion = 1;

    public const string DefaultPath = "/etc/configagent/agent.yaml";

    /// <summary>Files or directories of desired-state documents, as on the host.</summary>
    public IReadOnlyList<string> DesiredStatePaths { get; init; } = [];

    /// <summary>A git repository to pull the desired state from instead (ansible-pull style).</summary>
    public GitSource? Git { get; init; }

    public RunMode Mode { get; init; } = RunMode.Enforce;

    public required Schedule Schedule { get; init; }

    /// <summary>React to the kernel's address notifications (rtnetlink) within a second.</summary>
    public bool AddressEvents { get; init; } = true;

    /// <summary>How long to gather kernel events before one check runs.</summary>
    public TimeSpan EventDebounce { get; init; } = TimeSpan.FromMilliseconds(200);

    public string Root { get; init; } = "/";

    public string StateDirectory { get; init; } = Platforms.LocalHostOptions.DefaultStateDirectory;

    /// <summary>The hostname host selectors see; null uses the machine's own.</summary>
    public string? Hostname { get; init; }

    /// <summary>Labels host selectors see (<c>role: web</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a run may last beyond <see cref="LockTimeout"/> before the agent counts it as hung
    /// and stops feeding the systemd watchdog.
    /// </summary>
    public TimeSpan RunTimeout { get; init; } = DefaultRunTimeout;

    public static TimeSpan DefaultRunTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest a run may last, its wait for the host lock included, before it counts as hung.</summary>
    public TimeSpan LongestRun => LockTimeout + RunTimeout;

    /// <summary>
    /// Lift the removal guard: let a run remove more than half of what ConfigAgent owns on the host,
    /// and a git commit delete most of the desired path. Off by default: a truncated file or a bad
    /// commit must not empty a pool.
    /// </summary>
    public bool AllowMassRemoval { get; init; }

    public TimeSpan AnnounceInterval { get; init; } = Platforms.LocalHostOptions.DefaultAnnounceInterval;

    public string? Templates { get; init; }

    public LoggingSettings Logging { get; init; } = new();

    /// <summary>How many run reports to keep in the state directory.</summary>
    public int ReportsKept { get; init; } = 100;

    /// <summary>Where to write the Prometheus textfile (node_exporter's textfile collector); null writes none.</summary>
    public string? MetricsTextfile { get; init; }

    /// <summary>
    /// Where a host path of this configuration (a desired-state path, the log file, the templates,
    /// the state directory) lies: under <see cref="Root"/>, as every file the agent reads or writes.
    /// </summary>
    public string RealPath(string hostPath) => Root == "/" ? hostPath : Path.GetFullPath(Path.Join(Root, hostPath));
}
