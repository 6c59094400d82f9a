using System.Globalization;
using System.Net;

namespace ConfigAgent.Platforms.Addressing;

/// <summary>
/// IPv4 netmasks in the forms the platforms write them: dotted (ifcfg files, netsh, AIX ifconfig
/// arguments: 255.255.255.255) and hexadecimal (AIX ifconfig output: 0xffffffff).
/// </summary>
internal static class Netmask
{
    /// <summary>The dotted netmask of a prefix length (32 → 255.255.255.255).</summary>
    public static string Of(int prefixLength)
    {
        var mask = Bits(prefixLength);
        return new IPAddress([(byte)(mask >> 24), (byte)(mask >> 16), (byte)(mask >> 8), (byte)mask]).ToString();
    }

    /// <summary>The prefix length of a dotted netmask; null when it is not one (the ones are not contiguous).</summary>
    public static int? PrefixOf(string dotted)
    {
        if (!IPAddress.TryParse(dotted, out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return null;
        }

        var bytes = address.GetAddressBytes();
        return PrefixOf(((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3]);
    }

    /// <summary>The prefix length of a hexadecimal netmask as AIX prints it (0xffffff00 → 24); null when it is not one.</summary>
    public static int? PrefixOfHex(string hex) =>
        hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && hex.Length is > 2 and <= 10
        && uint.TryParse(hex.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var mask)
            ? PrefixOf(mask)
            : null;

    private static int? PrefixOf(uint mask)
    {
        var prefix = 0;
        while (prefix < 32 && (mask & (0x8000_0000u >> prefix)) != 0)
        {
            prefix++;
        }

        return mask == Bits(prefix) ? prefix : null;
    }

    private static uint Bits(int prefixLength) => prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength);
}
