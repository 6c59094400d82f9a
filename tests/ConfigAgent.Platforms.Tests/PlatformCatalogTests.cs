using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests;

public sealed class PlatformCatalogTests
{
    [Fact]
    public void A_host_of_a_platform_driven_by_commands_is_reached_through_any_runner_and_files()
    {
        var windows = new FakeWindowsHost();
        var files = new FakeFileSystem();

        var host = PlatformCatalog.Remote("windows", windows, files, new RemoteHostOptions("/ProgramData/ConfigAgent", TimeProvider.System) { Source = "ssh web-win-01" });

        Assert.Equal(("windows", "ssh web-win-01", "web-win-01"), (host.Platform.Name, host.Observer.Source, host.Observer.ObserveHost().Hostname));
        Assert.Equal("/ProgramData/ConfigAgent/ledger.json", host.Ledger.Path);
        Assert.Contains("netsh interface ipv4 show interfaces", windows.Ran);
    }

    [Fact]
    public void Aix_over_a_transport_writes_its_boot_script_and_ledger_through_the_transports_files()
    {
        var aix = new FakeAixHost();
        var host = PlatformCatalog.Remote("aix", aix, aix.Files, new RemoteHostOptions("/var/lib/configagent", TimeProvider.System));

        var result = new Commands.HostHarness(host).Apply("version: 1\nloopback_vips: [192.168.0.10]\n");

        Assert.Equal(Engine.ApplyOutcome.Converged, result.Outcome);
        Assert.True(aix.Files.Observe("/var/lib/configagent/ledger.json").Exists);
        Assert.True(aix.Files.Observe(Documents.AixOptions.DefaultScript).Exists);
    }

    [Fact]
    public void Linux_is_not_reached_through_a_transport()
    {
        var error = Assert.Throws<ArgumentException>(() => PlatformCatalog.Remote("linux", new RecordingCommandRunner(), new FakeFileSystem(), new RemoteHostOptions("/var/lib/configagent", TimeProvider.System)));

        Assert.StartsWith("Linux hosts are observed and changed over rtnetlink by ConfigAgent running on them", error.Message, StringComparison.Ordinal);
    }
}
