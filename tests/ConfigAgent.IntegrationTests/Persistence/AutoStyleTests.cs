namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// `addresses: auto` picks the style from the host: network-scripts where the legacy network
/// service is installed (ifup-aliases, the seed's CentOS 7), the systemd unit elsewhere — RHEL 8/9
/// keep the directory for NetworkManager, which would not bring ifcfg-lo:N files up.
/// </summary>
public sealed class AutoStyleTests
{
    private static readonly PersistenceStyle Auto = new("auto+sysctl.d", "auto", "sysctl.d", Ipv6: false, ArtefactPaths.AddressBatch);

    [Fact]
    public void Auto_writes_ifcfg_files_where_the_legacy_network_service_is_installed()
    {
        using var lab = new RebootLab(Auto);
        Directory.CreateDirectory(lab.Local(ArtefactPaths.NetworkScripts));
        File.WriteAllText(Path.Join(lab.Local(ArtefactPaths.NetworkScripts), "ifup-aliases"), "#!/bin/bash\n");
        var output = lab.Scratch("render");

        lab.Render(output).AssertExitCode(0);

        Assert.True(File.Exists(Path.Join(output, ArtefactPaths.Ifcfg("lo:0"))));
        Assert.False(File.Exists(Path.Join(output, ArtefactPaths.Unit)));
    }

    [Fact]
    public void Auto_installs_the_systemd_unit_where_only_networkmanager_uses_the_directory()
    {
        using var lab = new RebootLab(Auto);
        Directory.CreateDirectory(lab.Local(ArtefactPaths.NetworkScripts));
        var output = lab.Scratch("render");

        lab.Render(output).AssertExitCode(0);

        Assert.True(File.Exists(Path.Join(output, ArtefactPaths.Unit)));
        Assert.True(File.Exists(Path.Join(output, ArtefactPaths.AddressBatch)));
        Assert.False(File.Exists(Path.Join(output, ArtefactPaths.Ifcfg("lo:0"))));
    }
}
