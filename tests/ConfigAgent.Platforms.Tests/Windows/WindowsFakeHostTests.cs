using System.Net;
using System.Text;
using ConfigAgent.Engine;
using ConfigAgent.Platforms.Tests.Commands;
using ConfigAgent.Platforms.Windows;
using ConfigAgent.Platforms.Windows.Resources;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Windows;

public sealed class WindowsFakeHostTests
{
    private const string Seed = "version: 1\nloopback_vips: [192.168.0.10]\nwindows: {loopback_adapter: Loopback, nics: [Ethernet0]}\n";

    private readonly FakeWindowsHost _host;
    private readonly HostHarness _harness;

    public WindowsFakeHostTests()
        : this(new FakeWindowsHost())
    {
    }

    private WindowsFakeHostTests(FakeWindowsHost host)
    {
        _host = host;
        _harness = Harness(host);
    }

    private static HostHarness Harness(FakeWindowsHost host) =>
        new(WindowsModule.Remote(host, new FakeFileSystem(), new RemoteHostOptions(HostHarness.StateDirectory, TimeProvider.System)));

    private static List<string> Addresses(FakeWindowsAdapter adapter) => [.. adapter.Addresses.Select(a => $"{a.Address}/{a.Prefix}")];

    [Fact]
    public void Apply_converges_the_host_and_a_second_plan_is_empty()
    {
        var result = _harness.Apply(Seed);

        var loopback = _host.Adapter("Loopback");
        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal((254, "enabled", "enabled", "enabled"), (loopback.Metric, loopback.Parameters["ipv4.weakhostsend"], loopback.Parameters["ipv4.weakhostreceive"], _host.Adapter("Ethernet0").Parameters["ipv4.weakhostreceive"]));
        Assert.Equal([("192.168.0.10/32", true)], loopback.Addresses.Select(a => ($"{a.Address}/{a.Prefix}", a.SkipAsSource)));
        Assert.False(_harness.Plan(Seed).Plan.HasChanges);
    }

    [Fact]
    public void The_command_sequences_of_adding_creating_and_removing_are_the_golden_ones()
    {
        var text = new StringBuilder();
        Record(text, "the seed: weak host and the metric before the VIP", _host, _harness, Seed);
        Record(text, "the VIP declared absent: removed before the settings are put back", _host, _harness, "version: 1\nloopback_vips: [{address: 192.168.0.10, ensure: absent}]\n");
        var bare = new FakeWindowsHost(withLoopbackAdapter: false);
        Record(text, "create_loopback, an IPv4 and an IPv6 VIP", bare, Harness(bare), "version: 1\nloopback_vips: [192.168.0.10, 2001:db8::10]\nwindows: {nics: [Ethernet0], create_loopback: true}\n");

        Golden.Verify(text.ToString(), "windows-commands.txt");
    }

    /// <summary>Applies <paramref name="yaml"/> and writes the commands the host ran; they are the plan's, but for the name Windows gave a new adapter.</summary>
    private static void Record(StringBuilder text, string title, FakeWindowsHost host, HostHarness harness, string yaml)
    {
        host.Changes.Clear();
        var planned = HostHarness.Commands(harness.Plan(yaml).Plan).Replace(LoopbackAdapterCreation.NewAdapter, "Ethernet 2", StringComparison.Ordinal);

        Assert.Equal(ApplyOutcome.Converged, harness.Apply(yaml).Outcome);
        var ran = string.Concat(host.Changes.Select(c => c + "\n"));
        Assert.Equal(planned, ran);
        text.Append($"# {title}\n{ran}\n");
    }

    [Fact]
    public void A_setting_changed_behind_configagents_back_shows_as_exactly_that_change()
    {
        _harness.Apply(Seed);
        _host.Adapter("Loopback").Parameters["ipv4.weakhostsend"] = "disabled";

        var plan = _harness.Plan(Seed).Plan;

        Assert.Equal(["~ ipv4 weakhostsend on Loopback"], HostHarness.Steps(plan));
        Assert.Equal("netsh interface ipv4 set interface interface=Loopback weakhostsend=enabled", Assert.Single(plan.Changes[0].Commands).ToString());
    }

    [Fact]
    public void A_vip_removed_behind_configagents_back_is_added_again()
    {
        _harness.Apply(Seed);
        _host.Adapter("Loopback").Addresses.Clear();

        Assert.Equal(["+ address 192.168.0.10/32 on Loopback"], HostHarness.Steps(_harness.Plan(Seed).Plan));
    }

    [Fact]
    public void A_loopback_adapter_taken_away_blocks_the_plan()
    {
        _harness.Apply(Seed);
        _host.Adapters.Remove(_host.Adapter("Loopback"));

        var plan = _harness.Plan(Seed).Plan;

        Assert.True(plan.IsBlocked);
        Assert.Contains("! loopback adapter Loopback", HostHarness.Steps(plan));
        Assert.Equal(ApplyOutcome.Refused, _harness.Apply(Seed).Outcome);
    }

    [Fact]
    public void With_create_loopback_apply_adds_the_adapter_renames_the_one_windows_named_and_converges()
    {
        var host = new FakeWindowsHost(withLoopbackAdapter: false);
        var harness = Harness(host);
        const string Yaml = "version: 1\nloopback_vips: [192.168.0.10]\nwindows: {nics: [Ethernet0], create_loopback: true}\n";

        var result = harness.Apply(Yaml);

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal([@"devcon install C:\Windows\inf\netloop.inf *MSLOOP", "netsh interface set interface \"name=Ethernet 2\" newname=Loopback"], host.Changes.Take(2));
        Assert.Equal(["192.168.0.10/32"], Addresses(host.Adapter("Loopback")));
        Assert.False(harness.Plan(Yaml).Plan.HasChanges);
    }

    [Fact]
    public void A_vip_declared_absent_is_deleted_and_the_settings_it_needed_are_put_back_after_it()
    {
        _harness.Apply(Seed);
        _host.Changes.Clear();

        var result = _harness.Apply("version: 1\nloopback_vips: [{address: 192.168.0.10, ensure: absent}]\n");

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal("netsh interface ipv4 delete address name=Loopback address=192.168.0.10", _host.Changes[0]);
        Assert.Empty(_host.Adapter("Loopback").Addresses);
        Assert.Equal((25, "disabled", "disabled"), (_host.Adapter("Loopback").Metric, _host.Adapter("Loopback").Parameters["ipv4.weakhostsend"], _host.Adapter("Ethernet0").Parameters["ipv4.weakhostreceive"]));
        Assert.Empty(_harness.Ledger.Entries);
    }

    [Fact]
    public void A_vip_dropped_from_the_document_is_removed_through_the_ledger()
    {
        _harness.Apply("version: 1\nloopback_vips: [192.168.0.10, 192.168.0.11]\nwindows: {nics: [Ethernet0]}\n");
        _host.Changes.Clear();

        var result = _harness.Apply(Seed);

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal(["netsh interface ipv4 delete address name=Loopback address=192.168.0.11"], _host.Changes);
        Assert.Equal(["192.168.0.10/32"], Addresses(_host.Adapter("Loopback")));
    }

    [Fact]
    public void A_refused_netsh_command_rolls_the_settings_back()
    {
        _host.Refuse.Add("netsh interface ipv4 add address name=Loopback address=192.168.0.10 mask=255.255.255.255 skipassource=true");

        var result = _harness.Apply(Seed);

        Assert.Equal(ApplyOutcome.Failed, result.Outcome);
        Assert.Contains("requires elevation", result.Failure, StringComparison.Ordinal);
        Assert.Equal((25, "disabled", "disabled"), (_host.Adapter("Loopback").Metric, _host.Adapter("Loopback").Parameters["ipv4.weakhostsend"], _host.Adapter("Ethernet0").Parameters["ipv4.weakhostreceive"]));
        Assert.Empty(_harness.Ledger.Entries);
    }

    [Fact]
    public void A_french_windows_is_observed_and_converged_alike()
    {
        _host.FrenchHeaders = true;

        var result = _harness.Apply(Seed);

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Contains(IPAddress.Parse("192.168.0.10"), _host.Adapter("Loopback").Addresses.Select(a => a.Address));
    }

    [Fact]
    public void An_address_configagent_did_not_add_is_never_removed()
    {
        _host.Adapter("Loopback").Addresses.Add((IPAddress.Parse("192.168.0.99"), 32, true));

        _harness.Apply(Seed);

        Assert.Contains("192.168.0.99/32", Addresses(_host.Adapter("Loopback")));
    }
}
