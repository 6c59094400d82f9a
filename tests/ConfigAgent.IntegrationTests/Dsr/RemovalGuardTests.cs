using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// Issue 17 on a real kernel: an empty file, or one that lost its entries, must not empty the
/// host. Apply refuses before it changes anything, the VIP keeps being served, and one run with
/// --allow-mass-removal lets a deliberate retirement through.
/// </summary>
public sealed class RemovalGuardTests : IDisposable
{
    private readonly DsrLab _lab;
    private readonly RealServer _server;

    public RemovalGuardTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
        _server = _lab.Rs1;
        _server.Apply(_lab.Document("realserver", DsrDocuments.RealServer)).Expect(0);
    }

    public void Dispose() => _lab.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("# version: 1\n# loopback_vips: [192.0.2.10]\n")]
    [InlineData("---\n")]
    public void An_empty_file_is_refused_and_the_host_keeps_its_vip(string yaml)
    {
        var ledger = File.ReadAllText(_server.LedgerPath);

        var run = _server.Apply(_lab.Document("truncated", yaml)).Expect(1);

        Assert.Contains("truncated.yaml:1:1: error: the file holds no desired-state document (it is empty or only comments)", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was planned or changed", run.Error, StringComparison.Ordinal);
        Assert.True(_server.Holds("lo", DsrLab.Vip));
        Assert.Equal(["1", "2", "1", "2"], RealServer.ArpSysctls.Select(_server.Sysctl));
        Assert.Equal(ledger, File.ReadAllText(_server.LedgerPath));
    }

    [Fact]
    public void A_run_that_would_remove_everything_owned_is_refused_before_it_changes_anything()
    {
        var retired = _lab.Document("retired", DsrDocuments.Retired);
        var ledger = File.ReadAllText(_server.LedgerPath);

        var run = _server.Apply(retired).Expect(1);

        Assert.Contains("Refused", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "removal guard: this run would remove 5 of the 5 resources ConfigAgent owns on this host, because the desired state no longer declares them; " +
            "apply refuses to remove more than half at once",
            run.Output + run.Error, StringComparison.Ordinal);
        Assert.True(_server.Holds("lo", DsrLab.Vip));
        Assert.Equal(["1", "2", "1", "2"], RealServer.ArpSysctls.Select(_server.Sysctl));
        Assert.Equal(ledger, File.ReadAllText(_server.LedgerPath));

        _server.Apply(retired, "--allow-mass-removal", "--detailed-exitcode").Expect(2);
        Assert.False(_server.Holds("lo", DsrLab.Vip));
        Assert.Empty(_server.LedgerIds());
    }

    [Fact]
    public void The_plan_shows_the_guard_with_the_count_and_the_list()
    {
        var retired = _lab.Document("retired", DsrDocuments.Retired);

        var text = _server.Plan(retired).Expect(1);
        Assert.Contains("Removal guard: 5 of 5 owned resources would be removed; apply will not start without --allow-mass-removal.", text.Output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(_server.Plan(retired, "--format", "json").Expect(1).Output);
        var guard = json.RootElement.GetProperty("removal_guard");
        Assert.True(guard.GetProperty("refused").GetBoolean());
        Assert.Equal((5, 5), (guard.GetProperty("owned").GetInt32(), guard.GetProperty("removing").GetInt32()));
        Assert.Contains($"address:lo/{DsrLab.VipText}", guard.GetProperty("resources").EnumerateArray().Select(r => r.GetString()));

        using var lifted = JsonDocument.Parse(_server.Plan(retired, "--format", "json", "--allow-mass-removal", "--detailed-exitcode").Expect(2).Output);
        Assert.False(lifted.RootElement.GetProperty("removal_guard").GetProperty("refused").GetBoolean());
    }

    [Fact]
    public void Retiring_one_vip_of_two_is_not_a_mass_removal()
    {
        var two = _lab.Document("two", DsrDocuments.RealServer.Replace("  - 192.0.2.10\n", "  - 192.0.2.10\n  - 192.0.2.11\n", StringComparison.Ordinal));
        _server.Apply(two, "--detailed-exitcode").Expect(2);

        _server.Apply(_lab.Document("realserver", DsrDocuments.RealServer), "--detailed-exitcode").Expect(2);

        Assert.True(_server.Holds("lo", DsrLab.Vip));
        Assert.False(_server.Holds("lo", System.Net.IPAddress.Parse("192.0.2.11")));
    }
}
