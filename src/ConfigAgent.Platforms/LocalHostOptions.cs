namespace ConfigAgent.Platforms;

/// <summary>How to reach the local host.</summary>
/// <param name="Root">The file-system root every path is under (<c>--root</c>).</param>
/// <param name="StateDirectory">The state directory as a host path (the ledger, the lock, backups, reports).</param>
/// <param name="AnnounceInterval">The pause between two rounds of gratuitous ARPs for HA VIPs.</param>
public sealed record LocalHostOptions(string Root, string StateDirectory, TimeProvider Clock, TimeSpan AnnounceInterval)
{
    /// <summary>Labels the host's facts carry, for host selectors (from the agent's configuration).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public const string DefaultStateDirectory = "/var/lib/configagent";

    public static TimeSpan DefaultAnnounceInterval { get; } = TimeSpan.FromMilliseconds(200);

    public static LocalHostOptions Default { get; } = new("/", DefaultStateDirectory, TimeProvider.System, DefaultAnnounceInterval);
}
