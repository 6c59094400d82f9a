using ConfigAgent.IntegrationTests.Cli;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// A run that fails part-way on a real kernel: the NIC of the last step vanishes while apply
/// pauses between steps. Rolled back, the host is as it was before the run; with --no-rollback
/// the earlier steps stay, and the report says so.
/// </summary>
public sealed class ApplyRollbackTests : IDisposable
{
    private const string Vanishing = "vanish0";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly DsrLab _lab;
    private readonly RealServer _server;
    private readonly string _document;

    public ApplyRollbackTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
        _server = _lab.Rs1;
        _server.Namespace.Ip("link", "add", Vanishing, "type", "veth", "peer", "name", "vanish1");
        _server.Namespace.Ip("link", "set", Vanishing, "up");
        _document = _lab.Document("realserver-ha", DsrDocuments.RealServerWithHaVip("203.0.113.100/24", Vanishing));
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void A_step_that_fails_mid_run_rolls_back_the_earlier_steps()
    {
        var originals = _server.ReadArpSysctls();

        var run = ApplyWhileTheNicVanishes();

        Assert.Contains($"6 + address 203.0.113.100/24 on {Vanishing}", run.Output, StringComparison.Ordinal);
        Assert.Equal(5, run.Output.Split('\n').Count(l => l.EndsWith("rolled back", StringComparison.Ordinal)));
        Assert.Contains("Failed at step 6", run.Output, StringComparison.Ordinal);
        Assert.Contains("5 earlier steps rolled back: the host is as it was before the run", run.Output, StringComparison.Ordinal);
        Assert.Equal(originals, _server.ReadArpSysctls());
        Assert.False(_server.Holds("lo", DsrLab.Vip));
        Assert.Empty(_server.LedgerIds());
    }

    [Fact]
    public void Without_rollback_a_failed_run_keeps_the_earlier_steps_and_says_so()
    {
        var run = ApplyWhileTheNicVanishes("--no-rollback");

        Assert.Contains("Failed at step 6", run.Output, StringComparison.Ordinal);
        Assert.Contains("5 steps left in place", run.Output, StringComparison.Ordinal);
        Assert.Equal(5, run.Output.Split('\n').Count(l => l.EndsWith("done, kept", StringComparison.Ordinal)));
        Assert.Equal(["1", "2", "1", "2"], RealServer.ArpSysctls.Select(_server.Sysctl));
        Assert.True(_server.Holds("lo", DsrLab.Vip));
        Assert.Contains("address:lo/192.0.2.10", _server.LedgerIds());
    }

    /// <summary>
    /// Starts apply with a pause after each step, deletes the NIC as soon as the loopback VIP
    /// (the step before the NIC's) is there, and returns the failed run. Deleting it later, even
    /// after the last step, would still fail the run: the final verification finds the VIP gone.
    /// </summary>
    private ConfigAgentRun ApplyWhileTheNicVanishes(params IReadOnlyList<string> options)
    {
        var order = _server.PlannedChanges(_document).Select(c => c.Resource).ToList();
        Assert.Equal([$"address:lo/{DsrLab.VipText}", $"address:{Vanishing}/203.0.113.100"], order[^2..]);

        using var apply = _server.StartApply(_document, ["--step-delay", "400", .. options]);
        Wait.Until(() => _server.Holds("lo", DsrLab.Vip) || apply.HasExited, Timeout, "apply adds the loopback VIP");
        _server.Namespace.Ip("link", "del", Vanishing);

        var run = apply.WaitForExit(Timeout).Expect(1);
        Assert.Contains(Vanishing, run.Output, StringComparison.Ordinal);
        return run;
    }
}
