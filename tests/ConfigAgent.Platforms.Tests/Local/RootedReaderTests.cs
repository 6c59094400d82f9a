using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Platforms.Tests.Local;

/// <summary>
/// The shared read side of the local and the captured file systems: links are read as the host
/// reads them with the root as its "/", the last component is observed as it is.
/// </summary>
public sealed class RootedReaderTests : IDisposable
{
    private readonly PlantedTree _tree = new();
    private readonly RootedReader _reader;

    public RootedReaderTests() => _reader = new RootedReader(_tree.Root);

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void An_artefact_that_is_a_link_is_observed_as_the_link()
    {
        _tree.Plant("/etc/rc.d/rc2.d/S09dsr_start", "/home/dsr.sh");
        _tree.Plant("/etc/systemd/system/multi-user.target.wants/configagent-addresses.service", "/etc/systemd/system/configagent-addresses.service");

        Assert.Equal("/home/dsr.sh", _reader.Observe("/etc/rc.d/rc2.d/S09dsr_start").LinkTarget);
        Assert.Equal(["configagent-addresses.service"], _reader.List("/etc/systemd/system/multi-user.target.wants"));
    }

    [Fact]
    public void A_directory_link_is_followed_inside_the_root_with_absolute_and_relative_targets()
    {
        Directory.CreateDirectory(_tree.Real("/run/configagent"));
        File.WriteAllText(_tree.Real("/run/configagent/x"), "x\n");
        _tree.Plant("/var/run", "/run");
        _tree.Plant("/var/lib/run", "../run");

        Assert.Equal("/run/configagent/x", _reader.Locate("/var/run/configagent/x"));
        Assert.Equal("x\n", _reader.Observe("/var/run/configagent/x").Content);
        Assert.Equal("x\n", _reader.Observe("/var/lib/run/configagent/x").Content);
        Assert.Equal(["x"], _reader.List("/var/run/configagent"));
    }

    [Fact]
    public void A_link_loop_fails_as_open_does()
    {
        _tree.Plant("/a", "/b");
        _tree.Plant("/b", "/a");

        var loop = Assert.Throws<HostFileException>(() => _reader.Observe("/a/x"));

        Assert.Equal($"cannot resolve {_tree.Real("/a/x")}: too many levels of symbolic links", loop.Message);
    }

    [Theory]
    [InlineData("etc/x")]
    [InlineData("/etc/../x")]
    public void Relative_paths_and_dot_dot_are_refused(string path) =>
        Assert.Throws<ArgumentException>(() => _reader.Observe(path));
}
