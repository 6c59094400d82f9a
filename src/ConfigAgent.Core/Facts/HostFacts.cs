using ConfigAgent.Observation;
namespace ConfigAgent.Facts;

/// <summary>
/// The observed state of one host: what <c>configagent facts</c> prints, what <c>plan --facts</c>
/// reads, and what every resource tests itself against. Live observation fills only what the
/// resources of a run ask for (see <see cref="ObservationScope"/>).
/// </summary>
public sealed record HostFacts
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary><c>linux</c>, <c>aix</c> or <c>windows</c>.</summary>
    public required string Platform { get; init; }

    public required string Hostname { get; init; }

    /// <summary>When the facts were observed; null for hand-written facts.</summary>
    public DateTimeOffset? CollectedAt { get; init; }

    /// <summary>Labels for host selectors (<c>role: web</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The operating system (os-release ID and VERSION_ID on Linux, oslevel on AIX).</summary>
    public OsFacts? Os { get; init; }

    public IReadOnlyList<InterfaceFacts> Interfaces { get; init; } = [];

    /// <summary>
    /// Named settings: sysctls on Linux (<c>net.ipv4.conf.all.arp_ignore</c>), interface
    /// parameters on Windows. A null value means the setting does not exist on the host.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Files and directories by absolute path (as on the host, without --root).</summary>
    public IReadOnlyDictionary<string, FileFacts> Files { get; init; } = new Dictionary<string, FileFacts>();

    /// <summary>
    /// What ConfigAgent owned on the host (its ledger), for offline plans; null when the facts
    /// do not say (a captured host, or facts recorded before this field).
    /// </summary>
    public IReadOnlyList<OwnedResource>? Owned { get; init; }

    /// <summary>
    /// The VRRP daemon's state, observed live when the desired state has failover VIPs; null
    /// otherwise, and always in a facts file (a VRRP state holds only at the moment it is read).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public VrrpFacts? Vrrp { get; init; }

    public InterfaceFacts? FindInterface(string name)
    {
        foreach (var candidate in Interfaces)
        {
            if (candidate.Name == name)
            {
                return candidate;
            }
        }

        return null;
    }
}
