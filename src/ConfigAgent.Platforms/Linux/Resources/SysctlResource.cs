using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;

namespace ConfigAgent.Platforms.Linux.Resources;

/// <summary>A kernel parameter under /proc/sys, set to a value (or restored to the one it had before ConfigAgent).</summary>
internal sealed class SysctlResource(SysctlName name, string value, Ensure ensure = Ensure.Present) : Resource
{
    public const int SysctlRank = 10;

    public SysctlName Name { get; } = name;

    /// <summary>The value to hold; for a restoring (absent) resource, the value from before ConfigAgent.</summary>
    public string Value { get; } = value;

    public override ResourceId Id { get; } = IdOf(name);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"sysctl {Name}";

    public override string Summary => Ensure == Ensure.Present ? $"sysctl {Name} = {Value}" : $"sysctl {Name} (restore {Value})";

    public override int Rank => SysctlRank;

    public static ResourceId IdOf(SysctlName name) => ResourceId.Of("sysctl", name.Text);

    /// <summary>The first change of a parameter records the value it had, to be restored once it is no longer declared.</summary>
    public override IReadOnlyDictionary<string, string>? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Update && change.Before is { } original
            ? new Dictionary<string, string> { ["name"] = Name.Text, ["original"] = original }
            : null;

    public override bool Releases(Change change) => Ensure == Ensure.Absent;

    public override void Scope(ObservationScope scope) => scope.AddSetting(Name.Text);

    public override Change? Test(HostFacts facts)
    {
        if (!facts.Settings.TryGetValue(Name.Text, out var raw))
        {
            return new Change(this, ChangeAction.Blocked, null, Value, $"{Name} was not observed (the facts do not hold it)");
        }

        if (raw is null)
        {
            var hint = Name.Interface is { } interfaceName and not ("all" or "default") && facts.FindInterface(interfaceName) is null
                ? $": there is no interface '{interfaceName}'"
                : "";
            return new Change(this, ChangeAction.Blocked, null, Value, $"{Name} does not exist on this host{hint}");
        }

        var current = SysctlCatalogue.Canonical(raw);
        if (current == Value)
        {
            return null;
        }

        return new Change(this, ChangeAction.Update, current, Value, $"{Name} is {current}");
    }
}
