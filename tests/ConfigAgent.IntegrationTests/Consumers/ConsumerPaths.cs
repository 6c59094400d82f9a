namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>Where each consumer finds its input on a host, spelled out here rather than taken from the product.</summary>
internal static class ConsumerPaths
{
    public const string SysctlDropIn = "/etc/sysctl.d/90-configagent.conf";
    public const string SysctlConf = "/etc/sysctl.conf";
    public const string NetworkScripts = "/etc/sysconfig/network-scripts";
    public const string Keyfile = "/etc/NetworkManager/system-connections/configagent-lo.nmconnection";
    public const string AddressBatch = "/etc/configagent/addresses.batch";
    public const string Unit = "/etc/systemd/system/configagent-addresses.service";
    public const string UnitLink = "/etc/systemd/system/multi-user.target.wants/configagent-addresses.service";
    public const string Rc2Script = "/home/dsr.sh";
    public const string Rc2Link = "/etc/rc.d/rc2.d/S09dsr_start";
    public const string RcNet = "/etc/rc.net";

    public static bool IsSysctlFile(string path) => path is SysctlDropIn or SysctlConf;

    public static bool IsIfcfg(string path) => path.StartsWith(NetworkScripts + "/ifcfg-", StringComparison.Ordinal);
}
