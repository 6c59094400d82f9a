using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// The sysctls at boot: <c>linux/sysctl.d</c> (the drop-in) and <c>linux/sysctl-block</c> (the
/// managed block of /etc/sysctl.conf, the seed's way). Both see <c>sysctls</c>, in order, each
/// with <c>name</c> (net.ipv4.conf.all.arp_ignore) and <c>value</c> (1).
/// </summary>
internal static class SysctlTemplate
{
    public const string DropIn = "linux/sysctl.d";
    public const string Block = "linux/sysctl-block";

    /// <param name="templates">The template set.</param>
    /// <param name="template"><see cref="DropIn"/> or <see cref="Block"/>.</param>
    /// <param name="sysctls">Name and value of each, in the order they are written.</param>
    public static string Render(TemplateSet templates, string template, IEnumerable<(string Name, string Value)> sysctls) =>
        templates.Render(template, new ScriptObject
        {
            ["sysctls"] = ScriptValues.List(sysctls, s => new ScriptObject { ["name"] = s.Name, ["value"] = s.Value }),
        });
}
