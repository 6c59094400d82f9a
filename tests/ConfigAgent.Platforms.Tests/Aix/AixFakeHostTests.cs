using System.Net;
using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Aix;
using ConfigAgent.Platforms.Tests.Commands;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Aix;

public sealed class AixFakeHostTests
{
    private const string Seed = "version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {script: /home/dsr.sh, link: S09dsr_start}}\n";

    private readonly FakeAixHost _host = new();
    private readonly HostHarness _harness;

    public AixFakeHostTests() =>
        _harness = new HostHarness(AixModule.Remote(_host, _host.Files, new RemoteHostOptions(HostHarness.StateDirectory, TimeProvider.System)));

    private CommandResult Ifconfig(params string[] arguments) =>
        _host.Run(new CommandLine("ifconfig", arguments), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

    private List<string> Lo0 => [.. _host.Interface("lo0").Addresses.Select(a => $"{a.Address}/{a.Prefix}")];

    [Fact]
    public void Apply_converges_the_host_and_a_second_plan_is_empty()
    {
        var result = _harness.Apply(Seed);

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal(["ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp"], _host.Changes);
        Assert.Contains("192.168.0.10/32", Lo0);
        Assert.Equal("#!/bin/sh\n# Managed by ConfigAgent: change the desired state, not this file.\nifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp\n", _host.Files.Read("/home/dsr.sh"));
        Assert.Equal("/home/dsr.sh", _host.Files.Observe("/etc/rc.d/rc2.d/S09dsr_start").LinkTarget);
        Assert.False(_harness.Plan(Seed).Plan.HasChanges);
    }

    [Fact]
    public void An_alias_deleted_behind_configagents_back_shows_as_exactly_that_change()
    {
        _harness.Apply(Seed);
        _host.Interface("lo0").Addresses.RemoveAll(a => a.Address.Equals(IPAddress.Parse("192.168.0.10")));

        var plan = _harness.Plan(Seed).Plan;

        Assert.Equal(["+ address 192.168.0.10/32 on lo0"], HostHarness.Steps(plan));
    }

    [Fact]
    public void A_wrong_netmask_is_replaced_and_the_route_it_left_is_still_reported_afterwards()
    {
        Ifconfig("lo0", "alias", "192.168.0.10", "netmask", "255.255.255.0", "-arp");
        _host.Changes.Clear();

        var plan = _harness.Plan(Seed).Plan;
        var fixedRun = _harness.Apply(Seed);
        var after = _harness.Plan(Seed).Plan;

        Assert.Equal("~ address 192.168.0.10/32 on lo0", HostHarness.Steps(plan)[0]);
        Assert.Contains("route delete -net 192.168.0.0 -netmask 255.255.255.0 192.168.0.10", Assert.Single(plan.Changes[0].Notes));
        Assert.Equal(ApplyOutcome.Converged, fixedRun.Outcome);
        Assert.Equal(["ifconfig lo0 delete 192.168.0.10", "ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp"], _host.Changes);
        Assert.False(after.HasChanges);
        Assert.Contains(after.Notes, n => n.StartsWith("a route to 192.168.0.0/24 goes through lo0 (gateway 192.168.0.10)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vip_declared_absent_is_deleted_and_its_boot_script_goes_with_it()
    {
        _harness.Apply(Seed);
        _host.Changes.Clear();

        var result = _harness.Apply("version: 1\nloopback_vips: [{address: 192.168.0.10, ensure: absent}]\naix: {persistence: {script: /home/dsr.sh, link: S09dsr_start}}\n");

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal(["ifconfig lo0 delete 192.168.0.10"], _host.Changes);
        Assert.DoesNotContain("192.168.0.10/32", Lo0);
        Assert.False(_host.Files.Observe("/home/dsr.sh").Exists);
        Assert.False(_host.Files.Observe("/etc/rc.d/rc2.d/S09dsr_start").Exists);
        Assert.Empty(_harness.Ledger.Entries);
    }

    [Fact]
    public void A_vip_dropped_from_the_document_is_removed_through_the_ledger_and_the_script_is_rewritten()
    {
        _harness.Apply("version: 1\nloopback_vips: [192.168.0.10, 192.168.0.11]\naix: {persistence: {script: /home/dsr.sh}}\n");
        _host.Changes.Clear();

        var result = _harness.Apply("version: 1\nloopback_vips: [192.168.0.10]\naix: {persistence: {script: /home/dsr.sh}}\n");

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal(["ifconfig lo0 delete 192.168.0.11"], _host.Changes);
        Assert.DoesNotContain("ifconfig lo0 alias 192.168.0.11", _host.Files.Read("/home/dsr.sh"), StringComparison.Ordinal);
        Assert.DoesNotContain(_harness.Ledger.Entries, e => e.Id.Value == "address:lo0/192.168.0.11");
    }

    [Fact]
    public void An_address_configagent_did_not_add_is_never_removed()
    {
        Ifconfig("lo0", "alias", "192.168.0.99", "netmask", "255.255.255.255", "-arp");

        _harness.Apply(Seed);

        Assert.Contains("192.168.0.99/32", Lo0);
    }

    [Fact]
    public void A_refused_command_rolls_the_run_back()
    {
        _host.Refuse.Add("ifconfig lo0 alias 192.168.0.11 netmask 255.255.255.255 -arp");

        var result = _harness.Apply("version: 1\nloopback_vips: [192.168.0.10, 192.168.0.11]\naix: {persistence: {style: none}}\n");

        Assert.Equal(ApplyOutcome.Failed, result.Outcome);
        Assert.Contains("`ifconfig lo0 alias 192.168.0.11 netmask 255.255.255.255 -arp` exited with 1", result.Failure);
        Assert.Equal(["ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp", "ifconfig lo0 delete 192.168.0.10"], _host.Changes);
        Assert.Equal(["127.0.0.1/8", "::1/0"], Lo0);
        Assert.Empty(_harness.Ledger.Entries);
    }

    [Fact]
    public void The_fake_refuses_a_malformed_command_as_ifconfig_does()
    {
        var result = Ifconfig("lo0", "alias", "192.168.0.10", "netmask", "255.0.255.0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad netmask", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_sequences_of_adding_and_removing_are_the_golden_ones()
    {
        Ifconfig("lo0", "alias", "203.0.113.10", "netmask", "255.255.255.0", "-arp");
        _host.Changes.Clear();
        const string Yaml = "version: 1\n"
            + "loopback_vips: [192.168.0.10, 203.0.113.10, 2001:db8::10]\n"
            + "interface_vips: [{address: 192.0.2.100/24, interface: en0}]\n"
            + "aix: {persistence: {script: /home/dsr.sh, link: S09dsr_start}}\n";

        var plan = _harness.Plan(Yaml).Plan;
        _harness.Apply(Yaml);

        var added = string.Concat(_host.Changes.Select(c => c + "\n"));
        _host.Changes.Clear();
        _harness.Apply("version: 1\nloopback_vips: [{address: 192.168.0.10, ensure: absent}]\naix: {persistence: {script: /home/dsr.sh, link: S09dsr_start}}\n");

        Golden.Verify($"# a full document (203.0.113.10 was there with netmask 255.255.255.0)\n{added}\n# 192.168.0.10 declared absent, the other entries dropped: what ConfigAgent added goes, 203.0.113.10 (there before) stays\n{string.Concat(_host.Changes.Select(c => c + "\n"))}", "aix-commands.txt");
        Assert.Equal(HostHarness.Commands(plan), added);
        Assert.Equal(["/home/dsr.sh", "/etc/rc.d/rc2.d/S09dsr_start"], _host.Files.Writes.Where(w => !w.StartsWith("/var/", StringComparison.Ordinal)).Take(2));
    }
}
