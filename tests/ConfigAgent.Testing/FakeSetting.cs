using System.Diagnostics.CodeAnalysis;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Testing;

/// <summary>A resource over one named setting of a <see cref="FakeHost"/>: present means "has this value", absent means "is not set".</summary>
public sealed class FakeSetting : Resource, IOwnable
{
    [SetsRequiredMembers]
    public FakeSetting(string name, string? value, int rank = 0, Ensure ensure = Ensure.Present)
    {
        Id = ResourceId.Of("setting", name);
        Value = value;
        Rank = rank;
        Ensure = ensure;
        Origin = SourceSpan.None("test");
        Purpose = "test";
    }

    public string Name => Id.Key;

    public string? Value { get; }

    public override ResourceId Id { get; }

    public override Ensure Ensure { get; }

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"setting {Name}";

    public override int Rank { get; }

    public override void Scope(ObservationScope scope) => scope.AddSetting(Name);

    public override Change? Test(HostFacts facts)
    {
        var current = facts.Settings.GetValueOrDefault(Name);
        var desired = Ensure == Ensure.Present ? Value : null;
        if (current == desired)
        {
            return null;
        }

        var action = current is null ? ChangeAction.Create : desired is null ? ChangeAction.Delete : ChangeAction.Update;
        return new Change(this, action, current, desired, $"{Name} is {current ?? "unset"}");
    }

    public LedgerEntry? Ownership(Change change) =>
        change.Action == ChangeAction.Create ? new UnknownEntry(Id, new Dictionary<string, string> { ["name"] = Name }) : null;

    public bool Releases(Change change) => change.Action == ChangeAction.Delete;
}
