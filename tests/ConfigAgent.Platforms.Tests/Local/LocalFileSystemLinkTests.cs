using ConfigAgent.HostAccess;
using ConfigAgent.Ownership;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Local;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Local;

/// <summary>
/// Issue 17: links planted under --root never carry a write out of it. A link where a file is
/// written is replaced; a link in a directory on the way is read as the host would read it with
/// the root as "/", so it leads to a place inside the root. Each test ends with the outside
/// directory exactly as it was.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LocalFileSystemLinkTests : IDisposable
{
    private const string StateDirectory = "/var/lib/configagent";
    private readonly PlantedTree _tree = new();
    private readonly LocalFileSystem _files;

    public LocalFileSystemLinkTests() => _files = new LocalFileSystem(_tree.Root);

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void A_link_at_an_artefact_path_is_replaced_by_the_file_not_written_through()
    {
        _tree.Plant("/etc/sysctl.d/90-configagent.conf", _tree.Victim);

        _files.WriteAtomic("/etc/sysctl.d/90-configagent.conf", "net.ipv4.conf.all.arp_ignore = 1\n", FileModes.ReadWriteReadRead);

        Assert.Equal("net.ipv4.conf.all.arp_ignore = 1\n", File.ReadAllText(_tree.Real("/etc/sysctl.d/90-configagent.conf")));
        Assert.Null(new FileInfo(_tree.Real("/etc/sysctl.d/90-configagent.conf")).LinkTarget);
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_dangling_link_at_an_artefact_path_does_not_create_its_target()
    {
        _tree.Plant("/etc/sysconfig/network-scripts/ifcfg-lo:0", Path.Join(_tree.Outside, "created"));

        _files.WriteAtomic("/etc/sysconfig/network-scripts/ifcfg-lo:0", "DEVICE=lo:0\n", FileModes.ReadWriteReadRead);

        Assert.Equal("DEVICE=lo:0\n", File.ReadAllText(_tree.Real("/etc/sysconfig/network-scripts/ifcfg-lo:0")));
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_parent_directory_linked_outside_leads_inside_the_root()
    {
        _tree.Plant("/etc/sysconfig/network-scripts", _tree.Outside);

        _files.WriteAtomic("/etc/sysconfig/network-scripts/ifcfg-lo:0", "DEVICE=lo:0\n", FileModes.ReadWriteReadRead);

        // The absolute target is a host path: under the root, as chroot(2) would read it.
        Assert.Equal("DEVICE=lo:0\n", File.ReadAllText(_tree.Real(_tree.Outside + "/ifcfg-lo:0")));
        Assert.Equal(FileFactsOf("DEVICE=lo:0\n"), _files.Observe("/etc/sysconfig/network-scripts/ifcfg-lo:0"));
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_relative_link_that_climbs_above_the_root_stops_at_the_root()
    {
        var climb = string.Concat(Enumerable.Repeat("../", 12)) + "outside";
        _tree.Plant("/etc/sysctl.d", climb);

        _files.WriteAtomic("/etc/sysctl.d/victim", "written\n", FileModes.ReadWriteReadRead);

        Assert.Equal("written\n", File.ReadAllText(_tree.Real("/outside/victim")));
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_state_directory_linked_outside_keeps_the_ledger_inside_the_root()
    {
        _tree.Plant(StateDirectory, _tree.Outside);
        var store = new LedgerStore(_files, StateDirectory);

        store.Save(Ledger.Empty);

        Assert.Empty(store.Load().Entries);
        Assert.True(File.Exists(_tree.Real(_tree.Outside + "/ledger.json")));
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_backup_directory_linked_outside_keeps_the_backups_inside_the_root()
    {
        _tree.Plant(StateDirectory + "/backups", _tree.Outside);
        var backups = new BackupStore(_files, StateDirectory, new FakeClock());

        var saved = backups.Save("/etc/sysctl.conf", "old\n", FileModes.ReadWriteReadRead);

        Assert.Equal("old\n", _files.Observe(saved).Content);
        Assert.StartsWith(_tree.Real(_tree.Outside + "/etc/sysctl.conf/"), _files.Resolve(saved), StringComparison.Ordinal);
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_link_planted_at_the_temporary_name_is_not_followed()
    {
        _tree.Plant($"/etc/.sysctl.conf.configagent-{Environment.ProcessId}.tmp", _tree.Victim);

        _files.WriteAtomic("/etc/sysctl.conf", "new\n", FileModes.ReadWriteReadRead);

        Assert.Equal("new\n", File.ReadAllText(_tree.Real("/etc/sysctl.conf")));
        Assert.Equal(["sysctl.conf"], Directory.GetFileSystemEntries(_tree.Real("/etc")).Select(Path.GetFileName));
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void Temporary_files_that_killed_runs_left_are_removed_at_the_next_write_in_their_directory()
    {
        using var ended = System.Diagnostics.Process.Start("true")!;
        ended.WaitForExit();
        Directory.CreateDirectory(_tree.Real("/etc"));
        File.WriteAllText(_tree.Real($"/etc/.sysctl.conf.configagent-{ended.Id}.tmp"), "half");
        File.WriteAllText(_tree.Real("/etc/.sysctl.conf.configagent-1.tmp"), "a run still going");

        _files.WriteAtomic("/etc/hosts", "127.0.0.1 localhost\n", FileModes.ReadWriteReadRead);

        Assert.Equal([".sysctl.conf.configagent-1.tmp", "hosts"], Directory.GetFileSystemEntries(_tree.Real("/etc")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Deleting_a_link_removes_the_link_not_its_target()
    {
        _tree.Plant("/etc/rc.d/rc2.d/S09dsr_start", _tree.Victim);

        _files.Delete("/etc/rc.d/rc2.d/S09dsr_start");

        Assert.Empty(Directory.GetFileSystemEntries(_tree.Real("/etc/rc.d/rc2.d")));
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_link_replaces_a_planted_link_in_a_directory_linked_outside()
    {
        _tree.Plant("/etc/rc.d", _tree.Outside);

        _files.CreateSymlink("/etc/rc.d/rc2.d/S09dsr_start", "/home/dsr.sh");

        Assert.Equal("/home/dsr.sh", _files.Observe("/etc/rc.d/rc2.d/S09dsr_start").LinkTarget);
        Assert.Equal("/home/dsr.sh", new FileInfo(_tree.Real(_tree.Outside + "/rc2.d/S09dsr_start")).LinkTarget);
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void A_link_at_the_lock_file_is_refused_with_a_sentence()
    {
        _tree.Plant(StateDirectory + "/lock", _tree.Victim);
        var runLock = new FileRunLock(_files, StateDirectory + "/lock", TimeProvider.System);

        var refused = Assert.Throws<HostFileException>(() => runLock.Acquire(TimeSpan.Zero, TestContext.Current.CancellationToken));

        Assert.Equal($"cannot lock {_tree.Real(StateDirectory + "/lock")}: it is a symbolic link, which ConfigAgent does not follow; remove it", refused.Message);
        _tree.AssertOutsideUntouched();
    }

    [Fact]
    public void Reading_through_a_directory_linked_outside_does_not_read_outside()
    {
        _tree.Plant("/etc", _tree.Outside);

        Assert.False(_files.Observe("/etc/victim").Exists);
        Assert.Empty(_files.List("/etc"));
    }

    [Fact]
    public void A_directory_swapped_for_a_link_after_it_was_located_is_refused()
    {
        // What a race between locating a path and opening its directories looks like: the
        // located path has no link, but one is there when the directories are opened.
        _tree.Plant("/etc/sysctl.d", _tree.Outside);
        var reader = new RootedReader(_tree.Root);

        var refused = Assert.Throws<HostFileException>(() => RootedDirectory.Open(reader, "/etc/sysctl.d", create: true));

        Assert.Equal($"cannot open the directory {_tree.Real("/etc/sysctl.d")}: it became a symbolic link after ConfigAgent looked at it; nothing was written through it", refused.Message);
        _tree.AssertOutsideUntouched();
    }

    private static Facts.FileFacts FileFactsOf(string content) => new(true, content, "0644");
}
