using System.Diagnostics.CodeAnalysis;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;

namespace ConfigAgent.Testing;

/// <summary>A resource whose test result is fixed by the test: for graph, planner and engine tests.</summary>
public sealed class FakeResource : Resource
{
    [SetsRequiredMembers]
    public FakeResource(string id, int rank = 0, ResourceSide side = ResourceSide.Runtime, Ensure ensure = Ensure.Present)
    {
        Id = new ResourceId(id);
        Rank = rank;
        Side = side;
        Ensure = ensure;
        Origin = SourceSpan.None("test");
        Purpose = "test";
    }

    public override ResourceId Id { get; }

    public override Ensure Ensure { get; }

    public override ResourceSide Side { get; }

    public override string Title => Id.Value;

    public override int Rank { get; }

    /// <summary>The action the test reports; null reports the resource in sync.</summary>
    public ChangeAction? Drift { get; set; }

    public override void Scope(ObservationScope scope) => scope.AddSetting(Id.Value);

    public override Change? Test(HostFacts facts) =>
        Drift is { } action ? new Change(this, action, "before", "after", "drift") : null;
}
