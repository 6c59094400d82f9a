using System.Diagnostics;
using System.Net;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>One run at a time per host: a second apply waits for the lock only as long as it was told to, then changes nothing.</summary>
public sealed class ApplyLockTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private static readonly IPAddress OtherVip = IPAddress.Parse("192.0.2.20");

    private readonly DsrLab _lab;

    public ApplyLockTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void A_second_apply_gives_up_after_its_lock_timeout_and_changes_nothing()
    {
        var server = _lab.Rs1;
        var other = _lab.Document("other", DsrDocuments.RealServer.Replace(DsrLab.VipText, OtherVip.ToString(), StringComparison.Ordinal));

        // A long pause after each step: the first run holds the lock for seconds.
        using var first = server.StartApply(_lab.Document("realserver", DsrDocuments.RealServer), "--step-delay", "1500");
        Wait.Until(() => server.Sysctl("net.ipv4.conf.all.arp_announce") == "2" || first.HasExited, Timeout, "the first apply makes its first step");
        var clock = Stopwatch.StartNew();

        var second = server.Apply(other, "--lock-timeout", "1").Expect(1);

        // The run's own account of its wait is exact; the wall clock also counts the process
        // start, which a loaded machine stretches, so it only bounds the wait from both sides.
        Assert.Contains("another ConfigAgent run holds", second.Error, StringComparison.Ordinal);
        Assert.Matches(@"gave up after 1(\.\d)? s", second.Error);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Contains("nothing was changed", second.Error, StringComparison.Ordinal);
        Assert.False(first.HasExited, "the first apply ended before the second gave up: the lock was not contended");
        Assert.False(server.Holds("lo", OtherVip));
        Assert.DoesNotContain(server.LedgerIds(), id => id.Contains(OtherVip.ToString(), StringComparison.Ordinal));
    }
}
