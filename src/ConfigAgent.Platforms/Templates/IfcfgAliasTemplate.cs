using ConfigAgent.Documents;
using ConfigAgent.Platforms.Addressing;
using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// <c>linux/ifcfg-alias</c>: one alias file of network-scripts, as the seed's
/// <c>/etc/sysconfig/network-scripts/ifcfg-lo:0</c>. The template sees <c>device</c> (lo:0),
/// <c>address</c> (192.0.2.10) and <c>netmask</c> (255.255.255.255).
/// </summary>
internal static class IfcfgAliasTemplate
{
    public const string Name = "linux/ifcfg-alias";

    public static string Render(TemplateSet templates, string device, InterfaceAddress address) =>
        templates.Render(Name, new ScriptObject
        {
            ["device"] = device,
            ["address"] = address.Address.ToString(),
            ["netmask"] = Netmask.Of(address.PrefixLength),
        });
}
