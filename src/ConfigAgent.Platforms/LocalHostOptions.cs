namespace ConfigAgent.Platforms;

/// <summary>How to reach the local host.</summary>
/// <param name="Root">The file-system root every path is under (<c>--root</c>).</param>
/// <param name="AnnounceInterval">The pause between two rounds of gratuitous ARPs for HA VIPs.</param>
public sealed record LocalHostOptions(string Root, TimeProvider Clock, TimeSpan AnnounceInterval)
{
    public static TimeSpan DefaultAnnounceInterval { get; } = TimeSpan.FromMilliseconds(200);

    public static LocalHostOptions Default { get; } = new("/", TimeProvider.System, DefaultAnnounceInterval);
}
