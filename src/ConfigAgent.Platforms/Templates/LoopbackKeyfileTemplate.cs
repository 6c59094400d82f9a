using ConfigAgent.Documents;
using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// <c>linux/nm-loopback</c>: the NetworkManager keyfile of the loopback connection that holds the
/// DSR VIPs. The template sees <c>id</c>, <c>uuid</c>, and <c>ipv4</c> and <c>ipv6</c>: the VIPs
/// of each family, each with <c>index</c> (its addressN key: 2, 3, ..., after the loopback's own
/// address1) and <c>address</c> (192.0.2.10/32).
/// </summary>
internal static class LoopbackKeyfileTemplate
{
    public const string Name = "linux/nm-loopback";

    public static string Render(TemplateSet templates, string id, Guid uuid, IReadOnlyCollection<InterfaceAddress> addresses) =>
        templates.Render(Name, new ScriptObject
        {
            ["id"] = id,
            ["uuid"] = uuid.ToString(),
            ["ipv4"] = Numbered(addresses.Where(a => !a.IsIPv6)),
            ["ipv6"] = Numbered(addresses.Where(a => a.IsIPv6)),
        });

    private static ScriptArray Numbered(IEnumerable<InterfaceAddress> addresses) =>
        ScriptValues.List(addresses.Select((a, i) => (Index: i + 2, Address: a)), a => new ScriptObject { ["index"] = a.Index, ["address"] = a.Address.ToString() });
}
