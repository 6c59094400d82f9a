using ConfigAgent.Documents;
using ConfigAgent.Engine;
using ConfigAgent.Output.Apply;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Engine;

public sealed class ApplyEngineTests
{
    private readonly FakeHost _host = new();
    private readonly FakeFileSystem _files = new();
    private readonly LedgerStore _store;

    public ApplyEngineTests() => _store = new LedgerStore(_files, "/var/lib/configagent");

    private static ResourceGraph Chain(params FakeSetting[] settings)
    {
        var graph = new ResourceGraph();
        foreach (var setting in settings)
        {
            graph.Add(setting);
        }

        for (var i = 1; i < settings.Length; i++)
        {
            graph.AddEdge(settings[i - 1].Id, settings[i].Id, "in order");
        }

        return graph;
    }

    private ApplyResult Apply(ResourceGraph graph, ApplyOptions? options = null)
    {
        var planned = FakePlatform.Plan(graph, _host);
        _host.Log.Clear();
        return new ApplyEngine(_host, _host, _store, TimeProvider.System).Apply(planned, _store.Load(), options ?? ApplyOptions.Default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Changes_are_set_in_plan_order_and_each_is_verified_before_what_depends_on_it()
    {
        var result = Apply(Chain(new FakeSetting("a", "1"), new FakeSetting("b", "2"), new FakeSetting("c", "3")));

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.Equal(
            ["set a=1", "observe", "verified a", "set b=2", "observe", "verified b", "set c=3", "observe", "verified c"],
            _host.Log);
    }

    [Fact]
    public void Independent_changes_are_verified_in_one_observation()
    {
        var graph = new ResourceGraph();
        graph.Add(new FakeSetting("a", "1"));
        graph.Add(new FakeSetting("b", "2"));

        Apply(graph);

        Assert.Equal(["set a=1", "set b=2", "observe", "verified a", "verified b"], _host.Log);
    }

    [Fact]
    public void A_second_run_changes_nothing()
    {
        var graph = Chain(new FakeSetting("a", "1"));
        Apply(graph);

        var second = Apply(graph);

        Assert.Equal(ApplyOutcome.NoChanges, second.Outcome);
        Assert.False(second.Changed);
        Assert.DoesNotContain(_host.Log, l => l.StartsWith("set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    [InlineData("c")]
    public void A_refused_step_rolls_back_the_run_in_reverse_order(string failing)
    {
        _host.State["b"] = "old";
        _host.Refuse.Add(failing);

        var result = Apply(Chain(new FakeSetting("a", "1"), new FakeSetting("b", "2"), new FakeSetting("c", "3")));

        Assert.Equal(ApplyOutcome.Failed, result.Outcome);
        Assert.Equal(new Dictionary<string, string> { ["b"] = "old" }, _host.State);
        var failedStep = failing[0] - 'a';
        Assert.Equal(StepStatus.Failed, result.Steps[failedStep].Status);
        Assert.All(result.Steps.Take(failedStep), s => Assert.Equal(StepStatus.RolledBack, s.Status));
        Assert.All(result.Steps.Skip(failedStep + 1), s => Assert.Equal(StepStatus.NotRun, s.Status));
        Assert.Contains($"the host refused to change {failing}", result.Failure);
        var undos = _host.Log.SkipWhile(l => !l.StartsWith("refused", StringComparison.Ordinal)).Skip(1).Where(l => l.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.Equal(undos.OrderByDescending(l => l.Split(' ')[1][0]).ToList(), undos);
    }

    [Fact]
    public void A_rollback_is_checked_by_observing_the_host_again()
    {
        _host.Refuse.Add("b");
        _host.BrokenUndo.Add("a");

        var result = Apply(Chain(new FakeSetting("a", "1"), new FakeSetting("b", "2")));

        Assert.Equal(StepStatus.RollbackFailed, result.Steps[0].Status);
        Assert.Equal("undone, but observed again it is as desired, not absent as before the run", result.Steps[0].Message);
        Assert.Contains("1 step left in place", ApplyTextRenderer.Verdict(result));
    }

    [Fact]
    public void A_refused_step_is_not_taken_for_undone_whatever_its_message_says()
    {
        _host.Refuse.Add("a");
        _host.RefusalMessages["a"] = "ioctl failed; undone";

        var result = Apply(Chain(new FakeSetting("a", "1")));

        Assert.Equal((StepStatus.Failed, false), (result.Steps[0].Status, result.Steps[0].Undone));
        Assert.Equal(["refused a"], _host.Log);
    }

    [Fact]
    public void A_change_that_does_not_stick_is_a_failure_not_a_success()
    {
        _host.DoesNotStick.Add("b");

        var result = Apply(Chain(new FakeSetting("a", "1"), new FakeSetting("b", "2")));

        Assert.Equal(ApplyOutcome.Failed, result.Outcome);
        Assert.Equal("step 2 (setting b): setting b did not stick: observed again, b is unset", result.Failure);
        Assert.Empty(_host.State);
    }

    [Fact]
    public void Without_rollback_the_applied_steps_are_kept_and_reported()
    {
        _host.Refuse.Add("b");

        var result = Apply(Chain(new FakeSetting("a", "1"), new FakeSetting("b", "2")), new ApplyOptions(Rollback: false));

        Assert.Equal([StepStatus.Kept, StepStatus.Failed], result.Steps.Select(s => s.Status));
        Assert.Equal("1", _host.State["a"]);
        Assert.True(_store.Load().Owns(ResourceId.Of("setting", "a")));
    }

    [Fact]
    public void A_blocked_plan_changes_nothing()
    {
        var graph = new ResourceGraph();
        graph.Add(new FakeSetting("a", "1"));
        graph.Add(new FakeResource("x:blocked") { Drift = ChangeAction.Blocked });

        var result = Apply(graph);

        Assert.Equal(ApplyOutcome.Refused, result.Outcome);
        Assert.Empty(_host.State);
        Assert.StartsWith("the plan has blocked resources, nothing was changed", result.Failure);
    }

    [Fact]
    public void The_ledger_records_ownership_before_the_change_is_made()
    {
        string? ledgerWhenSet = null;
        _host.Log.Clear();
        var graph = Chain(new FakeSetting("a", "1"));
        var planned = FakePlatform.Plan(graph, _host);
        var spy = new SpyExecutor(_host, () => ledgerWhenSet = _files.Read(_store.Path));

        new ApplyEngine(spy, _host, _store, TimeProvider.System).Apply(planned, _store.Load(), ApplyOptions.Default, TestContext.Current.CancellationToken);

        Assert.Contains("\"id\": \"setting:a\"", ledgerWhenSet);
    }

    [Fact]
    public void Removing_what_it_created_releases_it_from_the_ledger()
    {
        Apply(Chain(new FakeSetting("a", "1")));
        Assert.True(_store.Load().Owns(ResourceId.Of("setting", "a")));

        var result = Apply(Chain(new FakeSetting("a", null, ensure: Ensure.Absent)));

        Assert.Equal(ApplyOutcome.Converged, result.Outcome);
        Assert.False(_store.Load().Owns(ResourceId.Of("setting", "a")));
    }

    [Fact]
    public void A_rolled_back_creation_is_not_left_in_the_ledger()
    {
        _host.Refuse.Add("b");

        Apply(Chain(new FakeSetting("a", "1"), new FakeSetting("b", "2")));

        Assert.Empty(_store.Load().Entries);
    }

    [Fact]
    public void A_cancelled_run_stops_between_steps_and_rolls_back()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var graph = Chain(new FakeSetting("a", "1"), new FakeSetting("b", "2"));
        var planned = FakePlatform.Plan(graph, _host);
        var spy = new SpyExecutor(_host, cancellation.Cancel);

        var result = new ApplyEngine(spy, _host, _store, TimeProvider.System).Apply(planned, _store.Load(), ApplyOptions.Default, cancellation.Token);

        Assert.Equal(ApplyOutcome.Failed, result.Outcome);
        Assert.Contains("the run was stopped before it finished", result.Failure);
        Assert.Empty(_host.State);
    }

    private sealed class SpyExecutor(FakeHost host, Action onApply) : IChangeExecutor
    {
        public AppliedStep Apply(Change change, CancellationToken cancellationToken)
        {
            onApply();
            return host.Apply(change, cancellationToken);
        }

        public void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken) => host.Announce(verified, cancellationToken);
    }
}
