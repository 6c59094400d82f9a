namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// The Linux styles, combined so that each address style and each sysctl style is covered:
/// the seed's CentOS 7 way, RHEL 8/9 with NetworkManager, and the distribution-neutral unit.
/// </summary>
internal static class PersistenceStyles
{
    public static readonly PersistenceStyle Seed = new(
        "network-scripts+sysctl.conf", "network-scripts", "sysctl.conf", Ipv6: false, ArtefactPaths.Ifcfg("lo:0"));

    public static readonly PersistenceStyle NetworkManager = new(
        "networkmanager+sysctl.d", "networkmanager", "sysctl.d", Ipv6: true, ArtefactPaths.Keyfile);

    public static readonly PersistenceStyle Systemd = new(
        "systemd+sysctl.conf", "systemd", "sysctl.conf", Ipv6: true, ArtefactPaths.AddressBatch);

    public static IReadOnlyList<PersistenceStyle> All { get; } = [Seed, NetworkManager, Systemd];

    /// <summary>Theory data by name: a name shows in the test explorer and survives serialisation.</summary>
    public static TheoryData<string> Names => [.. All.Select(s => s.Name)];

    /// <summary>For what depends on the sysctl style only: the first style of each.</summary>
    public static TheoryData<string> OnePerSysctlStyle => [.. All.DistinctBy(s => s.Sysctls).Select(s => s.Name)];

    public static PersistenceStyle Named(string name) => All.Single(s => s.Name == name);
}
