using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Numerics;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// An /etc/sysconfig/network-scripts/ifcfg-* file read the way initscripts' ifup sources it:
/// shell assignments, quotes optional, comments ignored; PREFIX wins over NETMASK.
/// </summary>
internal sealed record IfcfgFile(IReadOnlyDictionary<string, string> Values)
{
    public string? Device => Values.GetValueOrDefault("DEVICE");

    /// <summary>ifup-aliases brings up an alias with its parent, the part of DEVICE before the ':'.</summary>
    public string? ParentDevice => Device?.Split(':')[0];

    /// <summary>The network service skips a file only when it says ONBOOT=no.</summary>
    public bool OnBoot => !Values.GetValueOrDefault("ONBOOT", "yes").Equals("no", StringComparison.OrdinalIgnoreCase);

    /// <summary>ifup-aliases skips an alias that says ONPARENT=no.</summary>
    public bool OnParent => !Values.GetValueOrDefault("ONPARENT", "yes").Equals("no", StringComparison.OrdinalIgnoreCase);

    public string? IpAddress => Values.GetValueOrDefault("IPADDR");

    public int? PrefixLength =>
        Values.TryGetValue("PREFIX", out var prefix) ? int.Parse(prefix, CultureInfo.InvariantCulture)
        : Values.TryGetValue("NETMASK", out var netmask) ? PrefixOf(netmask)
        : null;

    public static IfcfgFile Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.Length == 0 || line.StartsWith('#') || equals <= 0)
            {
                continue;
            }

            values[line[..equals]] = line[(equals + 1)..].Trim('"', '\'');
        }

        return new IfcfgFile(values);
    }

    /// <summary>255.255.255.0 → 24; a mask with holes is refused, as ipcalc refuses it.</summary>
    private static int PrefixOf(string netmask)
    {
        var mask = BinaryPrimitives.ReadUInt32BigEndian(IPAddress.Parse(netmask).GetAddressBytes());
        var prefix = BitOperations.PopCount(mask);
        return prefix == 0 || mask == uint.MaxValue << (32 - prefix)
            ? prefix
            : throw new FormatException($"NETMASK={netmask} is not a contiguous mask");
    }
}
