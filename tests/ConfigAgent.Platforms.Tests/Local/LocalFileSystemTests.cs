using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Platforms.Tests.Local;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LocalFileSystemTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("configagent-root-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Real(string path) => Path.Join(_root, path);

    [Fact]
    public void Paths_are_taken_under_the_root()
    {
        var files = new LocalFileSystem(_root);

        files.WriteAtomic("/etc/sysctl.d/90-configagent.conf", "a = 1\n", FileModes.ReadWriteReadRead);

        Assert.Equal("a = 1\n", File.ReadAllText(Real("/etc/sysctl.d/90-configagent.conf")));
        Assert.Equal(new Facts.FileFacts(true, "a = 1\n", "0644"), files.Observe("/etc/sysctl.d/90-configagent.conf"));
    }

    [Fact]
    public void Bytes_already_encoded_are_written_as_they_are_with_the_same_atomic_replace()
    {
        File.WriteAllText(Real("/ledger.json"), "old\n");
        var files = new LocalFileSystem(_root);

        files.WriteAtomic("/ledger.json", "{\"h\u00f4te\": 1}\n"u8, FileModes.ReadWriteOnly);

        Assert.Equal("{\"h\u00f4te\": 1}\n"u8.ToArray(), File.ReadAllBytes(Real("/ledger.json")));
        Assert.Equal("0600", files.Observe("/ledger.json").Mode);
        Assert.Equal(["ledger.json"], Directory.GetFiles(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_written_file_has_exactly_its_mode_whatever_the_umask()
    {
        var files = new LocalFileSystem(_root);

        files.WriteAtomic("/etc/NetworkManager/system-connections/x.nmconnection", "[connection]\n", FileModes.ReadWriteOnly);
        files.WriteAtomic("/etc/x.sh", "#!/bin/sh\n", FileModes.Executable);

        Assert.Equal("0600", files.Observe("/etc/NetworkManager/system-connections/x.nmconnection").Mode);
        Assert.Equal("0755", files.Observe("/etc/x.sh").Mode);
    }

    [Fact]
    public void A_failure_mid_write_leaves_the_old_file_intact_and_no_temporary_behind()
    {
        File.WriteAllText(Real("/old.conf"), "old content\n");
        var files = new LocalFileSystem(_root) { BeforeReplace = _ => throw new IOException("disk full (simulated)") };

        Assert.Throws<IOException>(() => files.WriteAtomic("/old.conf", "new content\n", FileModes.ReadWriteReadRead));

        Assert.Equal("old content\n", File.ReadAllText(Real("/old.conf")));
        Assert.Equal(["old.conf"], Directory.GetFiles(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_is_replaced_in_one_step_and_observed_with_its_target()
    {
        var files = new LocalFileSystem(_root);
        files.CreateSymlink("/etc/rc.d/rc2.d/S09dsr_start", "/home/old.sh");

        files.CreateSymlink("/etc/rc.d/rc2.d/S09dsr_start", "/home/dsr.sh");

        Assert.Equal("/home/dsr.sh", files.Observe("/etc/rc.d/rc2.d/S09dsr_start").LinkTarget);
        Assert.Equal(["S09dsr_start"], files.List("/etc/rc.d/rc2.d"));
    }

    [Fact]
    public void Delete_removes_files_and_links_and_ignores_what_is_not_there()
    {
        var files = new LocalFileSystem(_root);
        files.WriteAtomic("/a", "x", FileModes.ReadWriteReadRead);
        files.CreateSymlink("/b", "/a");

        files.Delete("/a");
        files.Delete("/b");
        files.Delete("/c");

        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Theory]
    [InlineData("etc/x")]
    [InlineData("/etc/../x")]
    public void Relative_paths_and_dot_dot_are_refused(string path) =>
        Assert.Throws<ArgumentException>(() => new LocalFileSystem(_root).Observe(path));
}
