using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Aix.Persistence;

/// <summary>
/// The boot side of an AIX desired state. Aliases added by ifconfig are gone after a reboot, and
/// lo0 does not show in smitty, so the seed writes the ifconfig lines into a script linked as
/// /etc/rc.d/rc2.d/S&lt;NN&gt;&lt;name&gt; (rc2). Some sites put them in /etc/rc.net instead
/// (rcnet: a managed block). The lines are exactly the ones apply runs.
/// </summary>
internal sealed class AixBootPersistence(TemplateSet templates)
{
    public void Add(ResourceGraph graph, DesiredState state)
    {
        var options = state.Aix;
        var aliases = AddressResource.AtBoot(graph, AixPlatform.Loopback);
        if (aliases.Count == 0)
        {
            return;
        }

        var lines = aliases.Select(a => (a.Interface, a.Address, NoArp: a.Interface == AixPlatform.Loopback)).ToList();
        switch (options.Persistence ?? AixPersistence.Rc2)
        {
            case AixPersistence.Rc2:
                var script = AixPersistencePaths.Script(options);
                graph.Add(RenderedArtefact.File(
                    script, FileModes.Executable, options.Span, "the aliases at boot: the script holding the ifconfig lines (the seed's dsr.sh)",
                    () => AixAliasLinesTemplate.Render(templates, AixAliasLinesTemplate.Rc2Script, lines)));
                graph.Add(new SymlinkResource(AixPersistencePaths.Link(options), script)
                {
                    Origin = options.Span,
                    Purpose = "the script run at run level 2, as the seed links it (S, run order, name)",
                });
                break;
            case AixPersistence.RcNet:
                graph.Add(RenderedArtefact.Block(
                    AixPersistencePaths.RcNet, FileModes.Executable, options.Span, "the aliases at boot, in a managed block of /etc/rc.net",
                    () => AixAliasLinesTemplate.Render(templates, AixAliasLinesTemplate.RcNetBlock, lines)));
                break;
            default:
                graph.AddNote("aix.persistence.style is none: the aliases ConfigAgent adds are gone after a reboot until the next apply");
                break;
        }
    }
}
