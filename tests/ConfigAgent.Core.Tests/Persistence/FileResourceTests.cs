using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Persistence;

public sealed class FileResourceTests
{
    private static FileResource File(string? content, Ensure ensure = Ensure.Present) =>
        new("/etc/x.conf", content, FileModes.ReadWriteReadRead, ensure) { Origin = default, Purpose = "test" };

    [Fact]
    public void A_missing_file_is_created_with_its_diff()
    {
        var change = Assert.IsType<FileChange>(File("a = 1\n").Test(new FactsBuilder().File("/etc/x.conf", null).Build()));

        Assert.Equal((ChangeAction.Create, null, "1 line, mode 0644"), (change.Action, change.Before, change.After));
        Assert.Equal("a = 1\n", change.NewContent);
        Assert.Contains("+a = 1", change.Diff);
        Assert.Equal(ResourceSide.Persisted, change.Resource.Side);
    }

    [Fact]
    public void The_same_content_and_mode_is_in_sync() =>
        Assert.Null(File("a = 1\n").Test(new FactsBuilder().File("/etc/x.conf", "a = 1\n").Build()));

    [Fact]
    public void Another_mode_is_drift()
    {
        var change = File("a = 1\n").Test(new FactsBuilder().File("/etc/x.conf", "a = 1\n", mode: "0666").Build())!;

        Assert.Equal((ChangeAction.Update, "mode is 0666"), (change.Action, change.Reason));
        Assert.Null(change.Diff);
    }

    [Fact]
    public void Other_content_is_drift_with_a_diff()
    {
        var change = File("a = 1\n").Test(new FactsBuilder().File("/etc/x.conf", "a = 0\n").Build())!;

        Assert.Equal("content differs", change.Reason);
        Assert.Contains("-a = 0\n+a = 1\n", change.Diff);
    }

    [Fact]
    public void An_absent_file_that_exists_is_deleted() =>
        Assert.Equal(ChangeAction.Delete, File(null, Ensure.Absent).Test(new FactsBuilder().File("/etc/x.conf", "old\n").Build())!.Action);

    [Fact]
    public void A_directory_in_the_way_blocks_the_plan() =>
        Assert.Equal(ChangeAction.Blocked, File("a\n").Test(new FactsBuilder().Directory("/etc/x.conf").Build())!.Action);

    [Fact]
    public void A_link_is_compared_by_its_target()
    {
        var link = new SymlinkResource("/etc/rc.d/rc2.d/S09dsr_start", "/home/dsr.sh") { Origin = default, Purpose = "test" };
        var facts = new FactsBuilder().Build() with
        {
            Files = new Dictionary<string, ConfigAgent.Facts.FileFacts> { ["/etc/rc.d/rc2.d/S09dsr_start"] = new(true, LinkTarget: "/home/old.sh") },
        };

        var change = Assert.IsType<FileChange>(link.Test(facts));

        Assert.Equal((ChangeAction.Update, "-> /home/old.sh", "-> /home/dsr.sh"), (change.Action, change.Before, change.After));
        Assert.Equal("/home/dsr.sh", change.NewLinkTarget);
    }

    [Fact]
    public void A_managed_block_leaves_the_other_lines_alone()
    {
        var block = new ManagedBlockResource("/etc/sysctl.conf", "a = 1\n", FileModes.ReadWriteReadRead) { Origin = default, Purpose = "test" };

        var change = Assert.IsType<FileChange>(block.Test(new FactsBuilder().File("/etc/sysctl.conf", "vm.swappiness = 10\n").Build()));

        Assert.Equal(ChangeAction.Create, change.Action);
        Assert.StartsWith("vm.swappiness = 10\n# BEGIN ConfigAgent", change.NewContent);
        Assert.Equal(FileModes.ReadWriteReadRead, change.Mode);
    }
}
