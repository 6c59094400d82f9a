namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// Where a host looks for its boot configuration: the paths the tests expect the product to
/// write, spelled out here rather than taken from the product, so that a moved file is a failure.
/// </summary>
internal static class ArtefactPaths
{
    public const string SysctlDropIn = "/etc/sysctl.d/90-configagent.conf";
    public const string SysctlConf = "/etc/sysctl.conf";
    public const string NetworkScripts = "/etc/sysconfig/network-scripts";
    public const string Keyfile = "/etc/NetworkManager/system-connections/configagent-lo.nmconnection";
    public const string AddressBatch = "/etc/configagent/addresses.batch";
    public const string Unit = "/etc/systemd/system/configagent-addresses.service";
    public const string UnitWants = "/etc/systemd/system/multi-user.target.wants";
    public const string UnitLink = UnitWants + "/configagent-addresses.service";
    public const string Rc2Script = "/home/dsr.sh";
    public const string Rc2Link = "/etc/rc.d/rc2.d/S09dsr_start";
    public const string RcNet = "/etc/rc.net";
    public const string StateDirectory = "/var/lib/configagent";
    public const string Backups = StateDirectory + "/backups";

    public static string Ifcfg(string device) => $"{NetworkScripts}/ifcfg-{device}";

    public static bool IsSysctlFile(string path) => path is SysctlDropIn or SysctlConf;

    public static bool IsIfcfg(string path) => path.StartsWith(NetworkScripts + "/ifcfg-", StringComparison.Ordinal);
}
