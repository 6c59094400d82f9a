using System.Globalization;

namespace ConfigAgent.Platforms.Windows.Parsing;

/// <summary>
/// Reads <c>netsh interface ipv4 show interfaces</c>: "Idx Met MTU State Name". The header is
/// translated on localized Windows (fr-FR: "Idx Mét MTU État Nom") and its spacing varies
/// between copies, so rows are read by position, not by label or column offsets: three numbers,
/// the state as one word, then the name, which may hold spaces (trailing ones are not part of it).
/// The state values stay English in the fr-FR sample; "connected" is the one that means up.
/// </summary>
internal static class NetshInterfacesParser
{
    public static IReadOnlyList<NetshInterface> Parse(string output)
    {
        var interfaces = new List<NetshInterface>();
        foreach (var line in NetshText.Lines(output))
        {
            var words = line.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 5
                && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var metric)
                && long.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out var mtu))
            {
                interfaces.Add(new NetshInterface(index, metric, mtu, words[3], words[4].Trim()));
            }
        }

        return interfaces;
    }
}
