namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// `addresses: auto` picks the style from the host: network-scripts where
/// /etc/sysconfig/network-scripts exists (the seed's CentOS 7), the systemd unit elsewhere.
/// </summary>
public sealed class AutoStyleTests
{
    private static readonly PersistenceStyle Auto = new("auto+sysctl.d", "auto", "sysctl.d", Ipv6: false, ArtefactPaths.AddressBatch);

    [Fact]
    public void Auto_writes_ifcfg_files_where_the_network_scripts_directory_exists()
    {
        using var lab = new RebootLab(Auto);
        Directory.CreateDirectory(lab.Local(ArtefactPaths.NetworkScripts));
        var output = lab.Scratch("render");

        lab.Render(output).AssertExitCode(0);

        Assert.True(File.Exists(Path.Join(output, ArtefactPaths.Ifcfg("lo:0"))));
        Assert.False(File.Exists(Path.Join(output, ArtefactPaths.Unit)));
    }

    [Fact]
    public void Auto_installs_the_systemd_unit_where_there_are_no_network_scripts()
    {
        using var lab = new RebootLab(Auto);
        var output = lab.Scratch("render");

        lab.Render(output).AssertExitCode(0);

        Assert.True(File.Exists(Path.Join(output, ArtefactPaths.Unit)));
        Assert.True(File.Exists(Path.Join(output, ArtefactPaths.AddressBatch)));
        Assert.False(Directory.Exists(Path.Join(output, ArtefactPaths.NetworkScripts)));
    }
}
