using System.Globalization;
using ConfigAgent.Documents;
using ConfigAgent.Platforms.Addressing;
using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// The AIX aliases at boot, one ifconfig line each: <c>aix/rc2-script</c> (the script linked
/// into /etc/rc.d/rc2.d) and <c>aix/rc.net-block</c> (the managed block of /etc/rc.net). Both see
/// <c>aliases</c>, each with <c>interface</c> (lo0), <c>address</c> (192.0.2.10), <c>prefix</c>
/// (32), <c>netmask</c> (255.255.255.255, null for IPv6), <c>ipv6</c> and <c>noarp</c> (lo0's
/// aliases take -arp).
/// </summary>
internal static class AixAliasLinesTemplate
{
    public const string Rc2Script = "aix/rc2-script";
    public const string RcNetBlock = "aix/rc.net-block";

    /// <param name="templates">The template set.</param>
    /// <param name="template"><see cref="Rc2Script"/> or <see cref="RcNetBlock"/>.</param>
    /// <param name="aliases">The aliases in the order they are added.</param>
    public static string Render(TemplateSet templates, string template, IEnumerable<(string Interface, InterfaceAddress Address, bool NoArp)> aliases) =>
        templates.Render(template, new ScriptObject
        {
            ["aliases"] = ScriptValues.List(aliases, a => new ScriptObject
            {
                ["interface"] = a.Interface,
                ["address"] = a.Address.Address.ToString(),
                ["prefix"] = a.Address.PrefixLength.ToString(CultureInfo.InvariantCulture),
                ["netmask"] = a.Address.IsIPv6 ? null : Netmask.Of(a.Address.PrefixLength),
                ["ipv6"] = a.Address.IsIPv6,
                ["noarp"] = a.NoArp,
            }),
        });
}
