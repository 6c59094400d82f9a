using ConfigAgent.Graph;
using ConfigAgent.Platforms.Captured;

namespace ConfigAgent.Platforms.Tests.Captured;

public sealed class CapturedHostTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("configagent-capture-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_capture_answers_a_command_from_its_file_without_the_header_that_says_where_it_came_from()
    {
        File.WriteAllText(Path.Combine(_directory, "ifconfig-a.txt"), "# source: en0 of the lab\n# note: none\n\nen0: flags=1e084863,480<UP>\n");
        var runner = new CapturedCommandRunner(_directory, c => c.Arguments is ["-a"] ? "ifconfig-a.txt" : null);

        var result = runner.Run(new CommandLine("ifconfig", "-a"), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.Equal((0, "en0: flags=1e084863,480<UP>\n"), (result.ExitCode, result.StandardOutput));
    }

    [Fact]
    public void A_command_not_captured_fails_and_says_which_file_to_fill()
    {
        var runner = new CapturedCommandRunner(_directory, _ => "netstat-rn.txt");

        var result = runner.Run(new CommandLine("netstat", "-rn"), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.Equal(CapturedCommandRunner.NotCaptured, result.ExitCode);
        Assert.Equal($"{Path.Combine(_directory, "netstat-rn.txt")} is missing: capture the output of `netstat -rn` on the host into it", result.StandardError);
    }

    [Fact]
    public void Files_listed_but_not_copied_did_not_exist_and_files_neither_listed_nor_copied_are_unknown()
    {
        File.WriteAllText(Path.Combine(_directory, "files.txt"), "/home/dsr.sh\n/etc/rc.d/rc2.d/S09dsr_start\n");
        Directory.CreateDirectory(Path.Combine(_directory, "files", "etc"));
        File.WriteAllText(Path.Combine(_directory, "files", "etc", "rc.net"), "/usr/sbin/ifconfig lo0 inet 127.0.0.1 up\n");
        var files = new CapturedFileSystem(_directory);

        Assert.True(files.Knows("/home/dsr.sh"));
        Assert.False(files.Observe("/home/dsr.sh").Exists);
        Assert.True(files.Knows("/etc/rc.net"));
        Assert.Equal("/usr/sbin/ifconfig lo0 inet 127.0.0.1 up\n", files.Observe("/etc/rc.net").Content);
        Assert.False(files.Knows("/etc/inittab"));
    }

    [Fact]
    public void A_captured_link_is_read_as_a_link()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "files", "etc", "rc.d", "rc2.d"));
        File.CreateSymbolicLink(Path.Combine(_directory, "files", "etc", "rc.d", "rc2.d", "S09dsr_start"), "/home/dsr.sh");

        Assert.Equal("/home/dsr.sh", new CapturedFileSystem(_directory).Observe("/etc/rc.d/rc2.d/S09dsr_start").LinkTarget);
    }

    [Fact]
    public void A_captured_host_is_read_only()
    {
        Assert.Throws<InvalidOperationException>(() => new CapturedFileSystem(_directory).WriteAtomic("/home/dsr.sh", "", UnixFileMode.UserRead));
    }

    [Fact]
    public void The_facts_of_a_capture_keep_only_the_files_it_knows_and_carry_no_time()
    {
        File.WriteAllText(Path.Combine(_directory, "files.txt"), "/home/dsr.sh\n");
        File.WriteAllText(Path.Combine(_directory, "hostname.txt"), "aix-web-01\n");
        File.WriteAllText(Path.Combine(_directory, "ifconfig-a.txt"), Sample.Read("aix-ifconfig-a.2.txt"));
        var captured = PlatformCatalog.Captured("aix", _directory, TimeProvider.System);

        var facts = captured.Observer.ObserveDetails(captured.Observer.ObserveHost(), new Observation.ObservationScope { Everything = true });

        Assert.Equal(["/home/dsr.sh"], facts.Files.Keys);
        Assert.Null(facts.CollectedAt);
        Assert.Equal(("aix-web-01", 2), (facts.Hostname, facts.Interfaces.Count));
        Assert.Equal($"captured in {_directory}", captured.Observer.Source);
    }

    [Fact]
    public void Linux_is_never_read_from_a_capture()
    {
        var error = Assert.Throws<ArgumentException>(() => PlatformCatalog.Captured("linux", _directory, TimeProvider.System));

        Assert.StartsWith("Linux facts are observed live", error.Message, StringComparison.Ordinal);
    }
}
