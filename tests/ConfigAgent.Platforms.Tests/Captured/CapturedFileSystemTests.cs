using ConfigAgent.Platforms.Captured;

namespace ConfigAgent.Platforms.Tests.Captured;

/// <summary>A capture's links are read as on the host they came from: an absolute target is a host path, found in the copies, never on this machine.</summary>
public sealed class CapturedFileSystemTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("configagent-capture-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Copy(string hostPath) => Path.Join(_directory, "files", hostPath);

    [Fact]
    public void A_directory_link_in_a_capture_is_followed_among_the_copies()
    {
        Directory.CreateDirectory(Copy("/etc/rc.d/rc2.d"));
        File.WriteAllText(Copy("/etc/rc.d/rc2.d/S09dsr_start"), "ifconfig lo0 alias 192.0.2.10\n");
        File.CreateSymbolicLink(Copy("/etc/rc2.d"), "/etc/rc.d/rc2.d");

        var files = new CapturedFileSystem(_directory);

        Assert.Equal("ifconfig lo0 alias 192.0.2.10\n", files.Observe("/etc/rc2.d/S09dsr_start").Content);
        Assert.Equal(["S09dsr_start"], files.List("/etc/rc2.d"));
    }

    [Fact]
    public void A_link_in_a_capture_never_reads_this_machine_s_files()
    {
        // /etc on this machine has a hostname file; the capture's /etc, which the link names, does not.
        Directory.CreateDirectory(Copy("/home"));
        File.CreateSymbolicLink(Copy("/home/etc"), "/etc");

        var files = new CapturedFileSystem(_directory);

        Assert.True(File.Exists("/etc/hostname"));
        Assert.False(files.Observe("/home/etc/hostname").Exists);
        Assert.Empty(files.List("/home/etc"));
    }
}
