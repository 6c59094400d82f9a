namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// The desired states the lab applies. The real server is the seed's shape
/// (examples/dsr-realserver.yaml) with its VIP mapped into 192.0.2.0/24. Persistence is turned
/// off: the lab checks the live kernel (the reboot tests in Persistence/ check the boot side).
/// </summary>
internal static class DsrDocuments
{
    private const string RuntimeOnly = "linux: {persistence: {addresses: none, sysctls: none}}";

    public const string RealServer = """
        version: 1
        name: dsr-realserver
        description: Real server of the web pool, DSR VIP on the loopback.

        loopback_vips:
          - 192.0.2.10

        """ + RuntimeOnly;

    /// <summary>The same role once the VIP is retired from it: what ConfigAgent created must go.</summary>
    public const string Retired = """
        version: 1
        name: dsr-realserver
        description: Real server taken out of the web pool.

        """ + RuntimeOnly;

    /// <summary>An HA VIP on a NIC, announced <paramref name="announce"/> times when it is added.</summary>
    public static string HaVip(string address, string nic, int announce) => $"""
        version: 1
        name: ha-vip
        description: Service VIP of the active node.

        interface_vips:
          - address: {address}
            interface: {nic}
            announce: {announce}

        {RuntimeOnly}
        """;

    /// <summary>The real server plus an HA VIP on <paramref name="nic"/>: the VIP on the NIC comes last in the plan.</summary>
    public static string RealServerWithHaVip(string address, string nic) => $"""
        {RealServer}

        interface_vips:
          - address: {address}
            interface: {nic}
            announce: 1
        """;
}
