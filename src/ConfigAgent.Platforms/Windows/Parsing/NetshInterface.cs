namespace ConfigAgent.Platforms.Windows.Parsing;

/// <summary>A row of <c>netsh interface ipv4 show interfaces</c>.</summary>
/// <param name="Mtu">4294967295 for "Loopback Pseudo-Interface 1", Windows' own loopback.</param>
internal sealed record NetshInterface(int Index, int Metric, long Mtu, string State, string Name)
{
    public const long PseudoLoopbackMtu = 4294967295;

    public bool IsPseudoLoopback => Mtu == PseudoLoopbackMtu;

    public bool IsConnected => State == "connected";
}
