namespace ConfigAgent.Documents;

/// <summary>
/// How the new master announces the VIP with gratuitous ARP (keepalived's garp_master_*).
/// </summary>
/// <param name="Count">Gratuitous ARPs sent at once when a host becomes master.</param>
/// <param name="RepeatAfter">Seconds after which the same count is sent again; 0 sends them once.</param>
/// <param name="Refresh">
/// Seconds between re-announcements while master; 0 never. On by default: upstream routers and
/// switches can hold an ARP entry for hours, and one that missed the takeover's burst keeps
/// sending to the old MAC until something announces the new one.
/// </param>
public sealed record GarpSettings(int Count, int RepeatAfter, int Refresh)
{
    public const int MaxCount = 100;

    public const int MaxRepeatAfter = 3600;

    public const int MaxRefresh = 86400;

    public static GarpSettings Default { get; } = new(5, 5, 60);

    /// <summary>"5 at once, again after 5 s, refresh every 60 s", for plans and reports.</summary>
    public override string ToString() => $"{Count} at once, again after {RepeatAfter} s, refresh every {Refresh} s";
}
