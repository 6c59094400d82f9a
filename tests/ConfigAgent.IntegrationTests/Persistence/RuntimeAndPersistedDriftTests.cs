namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// plan checks both sides: the live kernel and what the host would restore at boot. Drift on
/// one side shows on that side only, and apply repairs it without touching the other: the host
/// ends exactly as the first apply left it, file for file and setting for setting.
/// </summary>
public sealed class RuntimeAndPersistedDriftTests
{
    [Theory]
    [MemberData(nameof(PersistenceStyles.Names), MemberType = typeof(PersistenceStyles))]
    public void A_deleted_artefact_is_a_persisted_change_only_and_apply_writes_it_back_as_it_was(string style)
    {
        using var lab = new RebootLab(PersistenceStyles.Named(style));
        lab.Apply();
        var artefacts = ArtefactTree.Read(lab.Root, ArtefactPaths.StateDirectory);
        var kernel = lab.Host.Ipv4Sysctls();
        var vips = lab.Host.Vips();

        File.Delete(lab.Local(lab.Style.AddressArtefact));
        var drifted = lab.Plan(lab.Host);
        lab.Apply();

        drifted.AssertExactly(new PlannedChange($"file:{lab.Style.AddressArtefact}", "persisted", "create"));
        Assert.Equal(artefacts, ArtefactTree.Read(lab.Root, ArtefactPaths.StateDirectory));
        Assert.Equal(kernel, lab.Host.Ipv4Sysctls());
        Assert.Equal(vips, lab.Host.Vips());
    }

    [Theory]
    [MemberData(nameof(PersistenceStyles.OnePerSysctlStyle), MemberType = typeof(PersistenceStyles))]
    public void A_sysctl_set_by_hand_is_a_runtime_change_only_and_apply_sets_it_back_without_rewriting_a_file(string style)
    {
        using var lab = new RebootLab(PersistenceStyles.Named(style));
        lab.Apply();
        var artefacts = ArtefactTree.Read(lab.Root, ArtefactPaths.StateDirectory, times: true);

        lab.Host.Namespace.Exec("sysctl", "-q", "-w", "net.ipv4.ip_forward=0");
        var drifted = lab.Plan(lab.Host);
        lab.Apply();

        drifted.AssertExactly(new PlannedChange("sysctl:net.ipv4.ip_forward", "runtime", "update"));
        Assert.Equal("1", lab.Host.Sysctl("net.ipv4.ip_forward"));
        Assert.Equal(artefacts, ArtefactTree.Read(lab.Root, ArtefactPaths.StateDirectory, times: true));
    }
}
