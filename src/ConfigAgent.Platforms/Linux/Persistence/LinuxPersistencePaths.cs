namespace ConfigAgent.Platforms.Linux.Persistence;

/// <summary>Where each Linux style keeps its artefacts.</summary>
internal static class LinuxPersistencePaths
{
    public const string NetworkScripts = "/etc/sysconfig/network-scripts";

    /// <summary>
    /// The legacy network service's alias script (initscripts / network-scripts). RHEL 8/9 keep the
    /// directory for NetworkManager's ifcfg-rh plugin, which does not bring up ifcfg-lo:N files:
    /// the script, not the directory, says that someone will.
    /// </summary>
    public const string IfupAliases = "/etc/sysconfig/network-scripts/ifup-aliases";
    public const string SysctlDropIn = "/etc/sysctl.d/90-configagent.conf";
    public const string SysctlConf = "/etc/sysctl.conf";
    public const string AddressBatch = "/etc/configagent/addresses.batch";
    public const string AddressUnit = "/etc/systemd/system/configagent-addresses.service";
    public const string AddressUnitLink = "/etc/systemd/system/multi-user.target.wants/configagent-addresses.service";
    public const string NetworkManagerLoopback = "/etc/NetworkManager/system-connections/configagent-lo.nmconnection";
    public const string Ip = "/usr/sbin/ip";

    /// <summary>Paths whose presence chooses the style when the document says auto.</summary>
    public static IReadOnlyList<string> Detection { get; } = [IfupAliases];

    /// <summary>Every artefact path of every style that does not depend on the document (ifcfg files do): what <c>configagent facts</c> records.</summary>
    public static IReadOnlyList<string> Known { get; } = [SysctlDropIn, SysctlConf, AddressBatch, AddressUnit, AddressUnitLink, NetworkManagerLoopback];
}
