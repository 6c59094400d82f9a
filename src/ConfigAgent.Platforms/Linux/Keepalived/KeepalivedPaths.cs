namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>Where keepalived 2.2 keeps what ConfigAgent reads and writes (keepalived(8), keepalived.conf(5)).</summary>
internal static class KeepalivedPaths
{
    /// <summary>The configuration keepalived reads by default: one whole file ConfigAgent owns.</summary>
    public const string Configuration = "/etc/keepalived/keepalived.conf";

    /// <summary>The first line of every file ConfigAgent renders (linux/keepalived.conf too): how it knows its own keepalived.conf.</summary>
    public const string OwnHeader = "# Managed by ConfigAgent";

    /// <summary>The parent process's pid file (keepalived's default, also under systemd).</summary>
    public const string PidFile = "/run/keepalived.pid";

    /// <summary>Where keepalived writes its JSON state dump on SIGJSON, as its own mount namespace sees /tmp.</summary>
    public const string StateDump = "/tmp/keepalived.json";

    /// <summary>Present when systemd is the service manager (sd_booted(3) checks exactly this).</summary>
    public const string SystemdMarker = "/run/systemd/system";

    /// <summary>What `systemctl enable keepalived` creates (the unit's [Install] WantedBy=multi-user.target).</summary>
    public const string EnabledLink = "/etc/systemd/system/multi-user.target.wants/keepalived.service";

    public const string Unit = "keepalived.service";

    public const string Systemctl = "systemctl";

    /// <summary>Where the program is looked for besides $PATH: an unprivileged user's PATH often lacks the sbin directories.</summary>
    public static IReadOnlyList<string> ProgramDirectories { get; } = ["/usr/sbin", "/sbin", "/usr/local/sbin"];
}
