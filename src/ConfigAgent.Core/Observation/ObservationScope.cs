namespace ConfigAgent.Observation;

/// <summary>
/// What a run needs to observe. Resources add what they test; the observer then reads it in one
/// batch: one address dump, one read per setting, one read per file.
/// </summary>
public sealed class ObservationScope
{
    private readonly HashSet<string> _settings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly List<FailoverVip> _failoverVips = [];

    /// <summary>Everything the platform can tell (the <c>facts</c> command).</summary>
    public bool Everything { get; init; }

    public IReadOnlyCollection<string> Settings => _settings;

    public IReadOnlyCollection<string> Files => _files;

    /// <summary>The failover VIPs of the host: the VRRP daemon's state is read, and who answers for each VIP is probed.</summary>
    public IReadOnlyList<FailoverVip> FailoverVips => _failoverVips;

    public void AddSetting(string name) => _settings.Add(name);

    public void AddFile(string path) => _files.Add(path);

    public void AddFailoverVip(FailoverVip vip)
    {
        if (!_failoverVips.Contains(vip))
        {
            _failoverVips.Add(vip);
        }
    }
}
