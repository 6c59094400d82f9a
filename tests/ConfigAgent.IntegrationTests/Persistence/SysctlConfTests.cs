using System.Text;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// /etc/sysctl.conf is shared with the administrator (the seed's style): ConfigAgent owns one
/// block in it, and every other byte stays as it was, through writes and rewrites of the block.
/// </summary>
public sealed class SysctlConfTests
{
    private const string BlockStart = "# BEGIN ConfigAgent";

    [Fact]
    public void The_foreign_lines_survive_the_block_being_written_and_rewritten_byte_for_byte()
    {
        using var lab = new RebootLab(PersistenceStyles.Seed);
        var foreign = Encoding.UTF8.GetBytes(RebootLab.ForeignSysctlConf);

        lab.Apply();
        var written = File.ReadAllBytes(lab.Local(ArtefactPaths.SysctlConf));
        lab.Apply("net.ipv4.conf.all.rp_filter");
        var rewritten = File.ReadAllBytes(lab.Local(ArtefactPaths.SysctlConf));

        Assert.Equal(foreign, written[..foreign.Length]);
        Assert.Equal(foreign, rewritten[..foreign.Length]);
        Assert.StartsWith(BlockStart, Encoding.UTF8.GetString(written[foreign.Length..]), StringComparison.Ordinal);
        Assert.StartsWith(BlockStart, Encoding.UTF8.GetString(rewritten[foreign.Length..]), StringComparison.Ordinal);
        Assert.Contains("net.ipv4.conf.all.rp_filter", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.DoesNotContain("net.ipv4.conf.all.rp_filter", Encoding.UTF8.GetString(rewritten), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_survives_byte_for_byte()
    {
        using var lab = new RebootLab(PersistenceStyles.Seed);
        byte[] foreign = [0xEF, 0xBB, 0xBF, .. "# written on Windows\nvm.swappiness = 10\n"u8];
        File.WriteAllBytes(lab.Local(ArtefactPaths.SysctlConf), foreign);

        lab.Apply();

        Assert.Equal(foreign, File.ReadAllBytes(lab.Local(ArtefactPaths.SysctlConf))[..foreign.Length]);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_and_left_untouched()
    {
        using var lab = new RebootLab(PersistenceStyles.Seed);
        byte[] foreign = [.. "# edited in Latin-1: caf"u8, 0xE9, .. "\n"u8];
        File.WriteAllBytes(lab.Local(ArtefactPaths.SysctlConf), foreign);

        var plan = lab.PlanText();

        Assert.Contains("/etc/sysctl.conf: it is not UTF-8 text: ConfigAgent will not rewrite it", plan, StringComparison.Ordinal);
        Assert.Equal(foreign, File.ReadAllBytes(lab.Local(ArtefactPaths.SysctlConf)));
    }
}
