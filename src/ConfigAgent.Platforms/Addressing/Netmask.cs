using System.Net;

namespace ConfigAgent.Platforms.Linux.Persistence;

/// <summary>The dotted netmask of an IPv4 prefix length (32 → 255.255.255.255), as ifcfg files write it.</summary>
internal static class Netmask
{
    public static string Of(int prefixLength)
    {
        var mask = prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength);
        return new IPAddress([(byte)(mask >> 24), (byte)(mask >> 16), (byte)(mask >> 8), (byte)mask]).ToString();
    }
}
