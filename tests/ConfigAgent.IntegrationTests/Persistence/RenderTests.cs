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

    // Directories are no artefact: render makes them with the umask, apply with 0755.
    private static Dictionary<string, ArtefactEntry> Artefacts(string directory, string? excluded) =>
        ArtefactTree.Read(directory, excluded).Where(e => e.Value.Kind != "directory").ToDictionary();
}
