using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Configuration;

/// <summary>The small agent configurations that the schema and the loader must judge alike.</summary>
internal static class AgentConfigCases
{
    private const string Head = "version: 1\ndesired_state: {paths: [/etc/configagent/desired]}\n";

    public static IReadOnlyList<SchemaCase> Invalid { get; } =
    [
        new("unknown key", Head + "shedule: {interval: 30s}\n", "unknown key 'shedule' in the agent configuration", ""),
        new("missing version", "desired_state: {paths: [/etc/configagent/desired]}\n", "'version: 1' is required", ""),
        new("version 2", "version: 2\ndesired_state: {paths: [/etc/configagent/desired]}\n", "'version: 1' is required", "/version"),
        new("no desired state", "version: 1\nmode: audit\n", "desired_state needs 'paths'", ""),
        new("an empty desired state", "version: 1\ndesired_state: {}\n", "desired_state needs 'paths'", "/desired_state"),
        new("an empty list of paths", "version: 1\ndesired_state: {paths: []}\n", "desired_state.paths is empty", "/desired_state/paths"),
        new("paths and git", "version: 1\ndesired_state:\n  paths: [/etc/configagent/desired]\n  git: {url: 'https://git.example.com/net.git'}\n", "not both", "/desired_state"),
        new("a relative path", "version: 1\ndesired_state: {paths: [desired]}\n", "must be an absolute path without '..'", "/desired_state/paths/0"),
        new("a path with ..", "version: 1\ndesired_state: {paths: [/etc/configagent/../shadow]}\n", "must be an absolute path without '..'", "/desired_state/paths/0"),
        new("git without url", "version: 1\ndesired_state: {git: {branch: main}}\n", "desired_state.git needs 'url'", "/desired_state/git"),
        new("git url of the ext transport", "version: 1\ndesired_state: {git: {url: 'ext::sh -c reboot'}}\n", "is not a git repository URL ConfigAgent accepts", "/desired_state/git/url"),
        new("git url that is an option", "version: 1\ndesired_state: {git: {url: '--upload-pack=reboot'}}\n", "is not a git repository URL ConfigAgent accepts", "/desired_state/git/url"),
        new("git url that is relative", "version: 1\ndesired_state: {git: {url: 'repos/net.git'}}\n", "is not a git repository URL ConfigAgent accepts", "/desired_state/git/url"),
        new("ssh url whose host is an option", "version: 1\ndesired_state: {git: {url: 'ssh://-oProxyCommand=reboot/x'}}\n", "is not a git repository URL ConfigAgent accepts", "/desired_state/git/url"),
        new("an empty git branch", "version: 1\ndesired_state: {git: {url: 'https://git.example.com/net.git', branch: ''}}\n", "desired_state.git.branch is empty", "/desired_state/git/branch"),
        new("a git branch with ..", "version: 1\ndesired_state: {git: {url: 'https://git.example.com/net.git', branch: 'a..b'}}\n", "is not a branch name ConfigAgent accepts", "/desired_state/git/branch"),
        new("a git branch ending in .lock", "version: 1\ndesired_state: {git: {url: 'https://git.example.com/net.git', branch: 'main.lock'}}\n", "is not a branch name ConfigAgent accepts", "/desired_state/git/branch"),
        new("an absolute git path", "version: 1\ndesired_state: {git: {url: 'https://git.example.com/net.git', path: /hosts}}\n", "must be relative to the repository", "/desired_state/git/path"),
        new("an unknown mode", Head + "mode: repair\n", "mode: unknown value 'repair'", "/mode"),
        new("interval and cron", Head + "schedule: {interval: 30s, cron: '0 * * * * ?'}\n", "schedule takes 'interval' or 'cron', not both", "/schedule"),
        new("interval without a unit", Head + "schedule: {interval: 30}\n", "'30' is not a duration", "/schedule/interval"),
        new("interval below a second", Head + "schedule: {interval: 500ms}\n", "schedule.interval must be at least 1s", "/schedule/interval"),
        new("interval of a year", Head + "schedule: {interval: 8760h}\n", "is longer than 24h", "/schedule/interval"),
        new("interval beyond any clock", Head + "schedule: {interval: 99999999999999999999h}\n", "is longer than 24h", "/schedule/interval"),
        new("splay in days", Head + "schedule: {splay: 2d}\n", "'2d' is not a duration", "/schedule/splay"),
        new("debounce of a minute", Head + "events: {debounce: 1m}\n", "is longer than 10s", "/events/debounce"),
        new("events.addresses as yes", Head + "events: {addresses: yes}\n", "is a boolean only in YAML 1.1", "/events/addresses"),
        new("a relative state directory", Head + "state_directory: var/lib/configagent\n", "must be an absolute path", "/state_directory"),
        new("a hostname with a space", Head + "host: {hostname: 'web 01'}\n", "is not a hostname", "/host/hostname"),
        new("a label key with a dash first", Head + "host: {labels: {-role: web}}\n", "label '-role' must be 1 to 63", "/host/labels"),
        new("a lock timeout of days", Head + "lock_timeout: 48h\n", "is longer than 24h", "/lock_timeout"),
        new("a run timeout of days", Head + "run_timeout: 48h\n", "is longer than 24h", "/run_timeout"),
        new("an unknown log level", Head + "logging: {level: info}\n", "logging.level: unknown level 'info'", "/logging/level"),
        new("an unknown log format", Head + "logging: {format: logfmt}\n", "logging.format: unknown value 'logfmt'", "/logging/format"),
        new("retained files 0", Head + "logging: {retained_files: 0}\n", "logging.retained_files must be between 1 and 365", "/logging/retained_files"),
        new("reports kept 0", Head + "reports: {keep: 0}\n", "reports.keep must be between 1 and 10000", "/reports/keep"),
        new("a metrics file node_exporter ignores", Head + "metrics: {textfile: /var/lib/node_exporter/configagent.txt}\n", "must end in .prom", "/metrics/textfile"),
        new("metrics without a mapping", Head + "metrics: /var/lib/node_exporter/configagent.prom\n", "metrics: expected a mapping", "/metrics"),
    ];

    public static IReadOnlyList<SchemaCase> Valid { get; } =
    [
        new("the least", Head),
        new("git with defaults", "version: 1\ndesired_state: {git: {url: 'git@git.example.com:network/desired.git'}}\n"),
        new("git with every key", "version: 1\ndesired_state:\n  git: {url: 'https://user:token@git.example.com/net.git', branch: release/2026-12, path: hosts/web}\n"),
        new("git url forms", "version: 1\ndesired_state: {git: {url: 'file:///srv/git/net.git'}}\n---\nversion: 1\ndesired_state: {git: {url: /srv/git/net.git}}\n---\nversion: 1\ndesired_state: {git: {url: 'ssh://git@git.example.com:2222/net.git'}}\n"),
        new("cron and splay", Head + "schedule: {cron: '0 */5 * * * ?', splay: 90s}\n"),
        new("every key", """
            version: 1
            desired_state: {paths: [/etc/configagent/desired, /etc/configagent/extra.yaml]}
            mode: enforce
            schedule: {interval: 24h, splay: 0s}
            events: {addresses: false, debounce: 10000ms}
            root: /
            state_directory: /var/lib/configagent
            host: {hostname: web-01.fra1, labels: {role: web, tier: 1, topology.kubernetes.io/zone: fra1-a}}
            lock_timeout: 0s
            run_timeout: 24h
            allow_mass_removal: false
            announce_interval: 10s
            templates: /etc/configagent/templates
            logging: {level: Warning, format: json, file: /var/log/configagent/agent.log, retained_files: 365}
            reports: {keep: 10000}
            metrics: {textfile: /var/lib/node_exporter/textfile_collector/configagent.prom}
            """),
        new("empty sections", Head + "schedule: {}\nevents: {}\nhost: {}\nlogging: {}\nreports: {}\nmetrics: {}\n"),
    ];

    /// <summary>
    /// Configurations only the loader refuses: a cron expression is Quartz's to parse, and only a
    /// clock knows whether it fires again.
    /// </summary>
    public static IReadOnlyList<SchemaCase> LooserThanLoader { get; } =
    [
        new("a cron expression with five fields", Head + "schedule: {cron: '*/5 * * * *'}\n", "is not a valid Quartz cron expression"),
        new("a cron expression that never fires", Head + "schedule: {cron: '0 0 0 31 2 ?'}\n", "never fires"),
        new("a cron expression of a past year", Head + "schedule: {cron: '0 0 0 1 1 ? 2020'}\n", "never fires"),
    ];

    public static SchemaCase Find(IReadOnlyList<SchemaCase> table, string name) =>
        table.SingleOrDefault(c => c.Name == name) ?? throw new ArgumentException($"No agent configuration case named '{name}'.", nameof(name));
}
