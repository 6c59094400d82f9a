using ConfigAgent.Documents;
using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// <c>linux/addresses.batch</c>: the VIPs for <c>ip -force -batch</c> at boot. The template sees
/// <c>addresses</c>, each with <c>address</c> (192.0.2.10/32), <c>interface</c> (lo),
/// <c>label</c> (lo:0, or null: IPv6 addresses carry none) and <c>ipv6</c>.
/// </summary>
internal static class AddressBatchTemplate
{
    public const string Name = "linux/addresses.batch";

    public static string Render(TemplateSet templates, IEnumerable<(string Interface, InterfaceAddress Address, string? Label)> addresses) =>
        templates.Render(Name, new ScriptObject
        {
            ["addresses"] = ScriptValues.List(addresses, a => new ScriptObject
            {
                ["address"] = a.Address.ToString(),
                ["interface"] = a.Interface,
                ["label"] = a.Address.IsIPv6 ? null : a.Label,
                ["ipv6"] = a.Address.IsIPv6,
            }),
        });
}
