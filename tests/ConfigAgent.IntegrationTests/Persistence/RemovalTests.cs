namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// VIPs deleted from the YAML leave the boot configuration too (through the ownership ledger),
/// each replaced or removed file kept as a backup, and what remains still restores the host.
/// </summary>
public sealed class RemovalTests
{
    private static readonly string[] Removed = [RebootDocument.LastLoopbackVip, RebootDocument.HaVipAddress];

    [Theory]
    [MemberData(nameof(PersistenceStyles.Names), MemberType = typeof(PersistenceStyles))]
    public void Vips_deleted_from_the_yaml_leave_no_boot_entry_keep_their_files_as_backups_and_the_rest_still_restores_the_host(string style)
    {
        using var lab = new RebootLab(PersistenceStyles.Named(style));
        lab.Apply();
        var before = ArtefactTree.Read(lab.Root, ArtefactPaths.StateDirectory);
        var holders = Removed.ToDictionary(vip => vip, vip => HoldersOf(before, vip));
        Assert.All(holders, h => Assert.NotEmpty(h.Value));

        lab.Apply(Removed);

        var after = ArtefactTree.Read(lab.Root, ArtefactPaths.StateDirectory);
        Assert.All(Removed, vip => Assert.Empty(HoldersOf(after, vip)));
        Assert.NotEmpty(HoldersOf(after, RebootDocument.FirstLoopbackVip));
        Assert.All(after.Where(e => e.Value.Kind == "link"), e => Assert.True(after.ContainsKey(e.Value.LinkTarget!), $"{e.Key} points to {e.Value.LinkTarget}, which is gone"));
        Assert.All(holders.Values.SelectMany(paths => paths), path => Assert.Contains(before[path].Content, Backups(lab, path)));
        Assert.DoesNotContain(lab.Host.Vips(), a => Removed.Contains(a.Address.ToString()));

        // What remains still brings the host back, without the removed VIPs, and the plan of the
        // smaller desired state finds nothing to change on either side.
        using var rebooted = lab.Reboot();
        lab.Plan(rebooted).AssertNoChange();
        Assert.DoesNotContain(rebooted.Vips(), a => Removed.Contains(a.Address.ToString()));
    }

    private static List<string> HoldersOf(IDictionary<string, ArtefactEntry> tree, string vip) =>
        [.. tree.Where(e => e.Value.Content?.Contains(vip, StringComparison.Ordinal) == true).Select(e => e.Key)];

    private static IReadOnlyList<string?> Backups(RebootLab lab, string path) =>
        [.. ArtefactTree.Read(lab.Local(ArtefactPaths.Backups + path)).Values.Select(e => e.Content)];
}
