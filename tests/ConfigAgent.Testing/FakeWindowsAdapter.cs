using System.Net;

namespace ConfigAgent.Testing;

/// <summary>An adapter of a <see cref="FakeWindowsHost"/>: what netsh shows and sets.</summary>
public sealed class FakeWindowsAdapter(int index, string name)
{
    public int Index { get; } = index;

    public string Name { get; set; } = name;

    public int Metric { get; set; } = 25;

    public long Mtu { get; set; } = 1500;

    public bool Connected { get; set; } = true;

    /// <summary>Parameters by "family.parameter": "ipv4.weakhostsend" = "disabled" (Windows' defaults).</summary>
    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal)
    {
        ["ipv4.weakhostsend"] = "disabled",
        ["ipv4.weakhostreceive"] = "disabled",
        ["ipv6.weakhostsend"] = "disabled",
        ["ipv6.weakhostreceive"] = "disabled",
    };

    public List<(IPAddress Address, int Prefix, bool SkipAsSource)> Addresses { get; } = [];

    public bool IsPseudoLoopback => Mtu == 4294967295;
}
