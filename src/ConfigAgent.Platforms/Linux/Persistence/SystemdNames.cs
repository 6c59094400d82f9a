using System.Globalization;
using System.Text;

namespace ConfigAgent.Platforms.Linux.Persistence;

/// <summary>systemd unit names for devices: sys-subsystem-net-devices-&lt;escaped name&gt;.device (systemd-escape).</summary>
internal static class SystemdNames
{
    public static string DeviceUnit(string interfaceName) => $"sys-subsystem-net-devices-{Escape(interfaceName)}.device";

    private static string Escape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var plain = char.IsAsciiLetterOrDigit(c) || c is ':' or '_' || (c == '.' && i > 0);
            text.Append(plain ? c.ToString() : string.Join("", Encoding.UTF8.GetBytes(c.ToString()).Select(b => "\\x" + b.ToString("x2", CultureInfo.InvariantCulture))));
        }

        return text.ToString();
    }
}
