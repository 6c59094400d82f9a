using System.Globalization;
using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Addressing;
using ConfigAgent.Platforms.Resources;

namespace ConfigAgent.Platforms.Aix.Persistence;

/// <summary>
/// The boot side of an AIX desired state. Aliases added by ifconfig are gone after a reboot, and
/// lo0 does not show in smitty, so the seed writes the ifconfig lines into a script linked as
/// /etc/rc.d/rc2.d/S&lt;NN&gt;&lt;name&gt; (rc2). Some sites put them in /etc/rc.net instead
/// (rcnet: a managed block). The lines are exactly the ones apply runs.
/// </summary>
internal sealed class AixBootPersistence(ITemplateRenderer templates)
{
    public void Add(ResourceGraph graph, DesiredState state)
    {
        var options = state.Aix;
        var aliases = AddressResource.AtBoot(graph, AixPlatform.Loopback);
        if (aliases.Count == 0)
        {
            return;
        }

        var model = new Dictionary<string, object?> { ["aliases"] = aliases.Select(Model).ToList() };
        switch (options.Persistence ?? AixPersistence.Rc2)
        {
            case AixPersistence.Rc2:
                var script = AixPersistencePaths.Script(options);
                graph.Add(new FileResource(script, templates.Render("aix/rc2-script", model), FileModes.Executable)
                {
                    Origin = options.Span,
                    Purpose = "the aliases at boot: the script holding the ifconfig lines (the seed's dsr.sh)",
                });
                graph.Add(new SymlinkResource(AixPersistencePaths.Link(options), script)
                {
                    Origin = options.Span,
                    Purpose = "the script run at run level 2, as the seed links it (S, run order, name)",
                });
                break;
            case AixPersistence.RcNet:
                graph.Add(new ManagedBlockResource(AixPersistencePaths.RcNet, templates.Render("aix/rc.net-block", model), FileModes.Executable)
                {
                    Origin = options.Span,
                    Purpose = "the aliases at boot, in a managed block of /etc/rc.net",
                });
                break;
            default:
                graph.AddNote("aix.persistence.style is none: the aliases ConfigAgent adds are gone after a reboot until the next apply");
                break;
        }
    }

    private static Dictionary<string, object?> Model(AddressResource alias) => new()
    {
        ["interface"] = alias.Interface,
        ["address"] = alias.Address.Address.ToString(),
        ["prefix"] = alias.Address.PrefixLength.ToString(CultureInfo.InvariantCulture),
        ["netmask"] = alias.Address.IsIPv6 ? null : Netmask.Of(alias.Address.PrefixLength),
        ["ipv6"] = alias.Address.IsIPv6,
        ["noarp"] = alias.Interface == AixPlatform.Loopback,
    };
}
