using System.Net;
using System.Net.Sockets;

namespace ConfigAgent.Documents;

/// <summary>An IP address with the prefix length it is configured with on an interface.</summary>
public readonly record struct InterfaceAddress(IPAddress Address, int PrefixLength)
{
    public bool IsIPv6 => Address.AddressFamily == AddressFamily.InterNetworkV6;

    public int HostPrefixLength => IsIPv6 ? 128 : 32;

    /// <summary>A /32 (IPv4) or /128 (IPv6): the only shape a DSR VIP on loopback may have.</summary>
    public bool IsHostAddress => PrefixLength == HostPrefixLength;

    public string Family => IsIPv6 ? "inet6" : "inet";

    /// <summary>The canonical text (IPv6 compressed and lower-case), so equal addresses print alike.</summary>
    public override string ToString() => $"{Address}/{PrefixLength}";

    /// <summary>True when the host part is all zeros (the network address) or, for IPv4, all ones (broadcast).</summary>
    public bool IsNetworkOrBroadcastAddress
    {
        get
        {
            var bits = HostPrefixLength - PrefixLength;
            if (bits <= 1)
            {
                // /31 and /32 (RFC 3021), /127 and /128: every address is a host address.
                return false;
            }

            Span<byte> bytes = stackalloc byte[16];
            Address.TryWriteBytes(bytes, out var length);
            var allZero = true;
            var allOne = true;
            for (var bit = PrefixLength; bit < length * 8; bit++)
            {
                var set = (bytes[bit / 8] & (0x80 >> (bit % 8))) != 0;
                allZero &= !set;
                allOne &= set;
            }

            return allZero || (allOne && !IsIPv6);
        }
    }

    /// <summary>The network part, as a string: 192.0.2.0/24 for 192.0.2.10/24.</summary>
    public InterfaceAddress Network
    {
        get
        {
            Span<byte> bytes = stackalloc byte[16];
            Address.TryWriteBytes(bytes, out var length);
            for (var bit = PrefixLength; bit < length * 8; bit++)
            {
                bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
            }

            return new InterfaceAddress(new IPAddress(bytes[..length]), PrefixLength);
        }
    }

    public bool HasHostBits => !Network.Address.Equals(Address);

    public bool Contains(IPAddress address)
    {
        if (address.AddressFamily != Address.AddressFamily)
        {
            return false;
        }

        return new InterfaceAddress(address, PrefixLength).Network.Address.Equals(Network.Address);
    }

    /// <summary>
    /// Parses <c>address</c> or <c>address/prefix</c>. Without a prefix the address is a host address
    /// (/32 or /128). Zone ids (<c>%eth0</c>) and IPv4-mapped forms are refused: they mean something
    /// else on every platform.
    /// </summary>
    public static bool TryParse(string text, out InterfaceAddress value, out string error)
    {
        value = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (addressText.Contains('%', StringComparison.Ordinal))
        {
            error = $"'{text}' has a zone id (%...): give the interface separately";
            return false;
        }

        if (!IsAddressSyntax(addressText) || !IPAddress.TryParse(addressText, out var address))
        {
            error = $"'{text}' is not an IP address";
            return false;
        }

        if (HasLeadingZero(addressText))
        {
            error = $"'{text}' has an IPv4 part with a leading zero, which some tools read as octal: write the parts without leading zeros";
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            error = $"'{text}' is an IPv4-mapped IPv6 address: write the IPv4 address itself";
            return false;
        }

        var max = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        var prefix = max;
        if (slash >= 0)
        {
            var prefixText = text[(slash + 1)..];
            if (prefixText.Length is 0 or > 3 || !prefixText.All(char.IsAsciiDigit) || !int.TryParse(prefixText, out prefix) || prefix > max)
            {
                error = $"'{text}' has an invalid prefix length (0 to {max})";
                return false;
            }
        }

        value = new InterfaceAddress(address, prefix);
        error = "";
        return true;
    }

    // 192.168.010.10 is 192.168.8.10 to inet_aton (and to IPAddress.TryParse) but 192.168.10.10
    // to a reader: refuse the ambiguity instead of picking one.
    private static bool HasLeadingZero(string text)
    {
        var dotted = text.Contains(':', StringComparison.Ordinal) ? text[(text.LastIndexOf(':') + 1)..] : text;
        return dotted.Contains('.', StringComparison.Ordinal) && dotted.Split('.').Any(p => p.Length > 1 && p[0] == '0');
    }

    // IPAddress.TryParse accepts shorthands such as "10.1" or "1" (inet_aton's classful forms) that
    // nobody means in a desired-state file: demand four dotted parts or a colon form.
    private static bool IsAddressSyntax(string text)
    {
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.');
        }

        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit));
    }
}
