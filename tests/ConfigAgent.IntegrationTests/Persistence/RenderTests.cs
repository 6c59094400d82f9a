using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// `configagent render --out DIR` is the review copy of what apply persists: the same files,
/// byte for byte and mode for mode, the same links, and not one change to the host on the way.
/// </summary>
public sealed class RenderTests
{
    [Theory]
    [MemberData(nameof(PersistenceStyles.Names), MemberType = typeof(PersistenceStyles))]
    public void Render_touches_neither_kernel_nor_root_and_writes_what_apply_then_writes_byte_for_byte(string style)
    {
        using var lab = new RebootLab(PersistenceStyles.Named(style));
        var root = ArtefactTree.Read(lab.Root, times: true);
        var sysctls = lab.Host.Ipv4Sysctls();
        var output = lab.Scratch("render");

        lab.Render(output).AssertExitCode(0);

        Assert.Equal(root, ArtefactTree.Read(lab.Root, times: true));
        Assert.Equal(sysctls, lab.Host.Ipv4Sysctls());
        Assert.Empty(lab.Host.Vips());

        lab.Apply();

        var rendered = Artefacts(output, excluded: null);
        Assert.NotEmpty(rendered);
        Assert.Equal(Artefacts(lab.Root, ArtefactPaths.StateDirectory), rendered);
    }

    [Fact]
    public void Render_names_what_the_style_cannot_persist_and_fails_as_plan_does()
    {
        // network-scripts has no IPv6 aliases: plan blocks them, and render must not pass quietly (issue 18).
        using var lab = new RebootLab(new PersistenceStyle("network-scripts+ipv6", "network-scripts", "sysctl.conf", Ipv6: true, ArtefactPaths.Ifcfg("lo:0")));
        var output = lab.Scratch("render");

        var render = lab.Render(output);
        var plan = CliInNamespace.Run(lab.Host.Namespace, "plan", lab.DesiredState, "--root", lab.Root);

        Assert.Equal(
            (1, $"{lab.DesiredState}:7:5: error: not rendered: boot persistence of 2001:db8::10/128 on lo: network-scripts cannot restore IPv6 aliases: choose linux.persistence.addresses: systemd or networkmanager\n"
                + $"{lab.DesiredState}:8:5: error: not rendered: boot persistence of 2001:db8::11/128 on lo: network-scripts cannot restore IPv6 aliases: choose linux.persistence.addresses: systemd or networkmanager\n"
                + "2 artefacts were not rendered: the plan is blocked\n"),
            (render.ExitCode, render.Error));
        Assert.True(File.Exists(Path.Join(output, ArtefactPaths.Ifcfg("lo:0"))), render.Output);
        Assert.Equal(1, plan.ExitCode);
        Assert.Contains("2 blocked: apply will not start until they are resolved.", plan.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_override_that_cannot_render_stops_render_and_apply_at_its_line_and_column()
    {
        // Templates are Scriban (issue 18): a site's override with a misspelt value, and one left
        // in Handlebars. The binary says where and what for each, and changes nothing.
        using var lab = new RebootLab(PersistenceStyles.NetworkManager);
        var templates = lab.Scratch("templates");
        Directory.CreateDirectory(Path.Join(templates, "linux"));
        File.WriteAllText(Path.Join(templates, "linux", "nm-loopback.sbn"), "[connection]\nid={{ ids }}\n");
        File.WriteAllText(Path.Join(templates, "linux", "sysctl.d.hbs"), "{{#each sysctls}}\n{{name}} = {{value}}\n{{/each}}\n");
        File.WriteAllText(lab.DesiredState, RebootDocument.Yaml(lab.Style));
        var root = ArtefactTree.Read(lab.Root, times: true);

        var render = CliInNamespace.Run(lab.Host.Namespace, "render", lab.DesiredState, "--root", lab.Root, "--out", lab.Scratch("render"), "--templates", templates);
        var apply = CliInNamespace.Run(lab.Host.Namespace, "apply", lab.DesiredState, "--root", lab.Root, "--templates", templates);

        Assert.Equal(1, render.ExitCode);
        Assert.Contains(
            $"error: not rendered: boot artefact {ArtefactPaths.Keyfile} (template linux/nm-loopback): {templates}/linux/nm-loopback.sbn:2:7: The variable or function `ids` was not found\n",
            render.Error,
            StringComparison.Ordinal);
        Assert.Contains(
            $"error: not rendered: boot artefact {ArtefactPaths.SysctlDropIn} (template linux/sysctl.d): {templates}/linux/sysctl.d.hbs: this is a Handlebars template, which ConfigAgent no longer reads: templates are Scriban now. Rewrite it as {templates}/linux/sysctl.d.sbn (",
            render.Error,
            StringComparison.Ordinal);
        Assert.EndsWith("2 artefacts were not rendered: the plan is blocked\n", render.Error, StringComparison.Ordinal);
        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("the plan has blocked resources, nothing was changed", apply.Output + apply.Error, StringComparison.Ordinal);

        // Apply took its run lock in the state directory, and changed nothing else.
        var after = ArtefactTree.Read(lab.Root, ArtefactPaths.StateDirectory, times: true)
            .Where(e => !(ArtefactPaths.StateDirectory + "/").StartsWith(e.Key + "/", StringComparison.Ordinal));
        Assert.Equal(root.ToList(), after.ToList());
        Assert.Empty(lab.Host.Vips());
    }

    // Directories are no artefact: render makes them with the umask, apply with 0755.
    private static Dictionary<string, ArtefactEntry> Artefacts(string directory, string? excluded) =>
        ArtefactTree.Read(directory, excluded).Where(e => e.Value.Kind != "directory").ToDictionary();
}
