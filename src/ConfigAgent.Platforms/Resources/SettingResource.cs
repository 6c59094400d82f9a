using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms.Resources;

/// <summary>
/// A named parameter held at a value, the same on every platform: a Linux sysctl, a Windows
/// interface parameter set with netsh. The first change ConfigAgent makes records the value from
/// before; once no document declares the parameter any more, an absent resource puts it back. The
/// test and what the ledger keeps are written here once; a platform names the parameter, says where
/// the facts hold it and how it is set.
/// </summary>
internal abstract class SettingResource(string value, Ensure ensure) : Resource, IOwnable
{
    public const int SettingRank = 10;

    /// <summary>The value to hold; for an absent (restoring) resource, the value from before ConfigAgent.</summary>
    public string Value { get; } = value;

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Summary => Ensure == Ensure.Present ? $"{Title} = {Value}" : $"{Title} (restore {Value})";

    public override int Rank => SettingRank;

    /// <summary>Where the facts' settings hold the observed value.</summary>
    public abstract string Key { get; }

    /// <summary>How a reason names the parameter: "net.ipv4.ip_forward is 1", "weakhostsend is disabled".</summary>
    protected abstract string ParameterName { get; }

    /// <summary>How a reason names the parameter the facts do not hold ("weakhostsend of Loopback").</summary>
    protected virtual string UnobservedName => ParameterName;

    public override void Scope(ObservationScope scope) => scope.AddSetting(Key);

    public override Change? Test(HostFacts facts)
    {
        if (!facts.Settings.TryGetValue(Key, out var raw))
        {
            return new Change(this, ChangeAction.Blocked, null, Value, $"{UnobservedName} was not observed (the facts do not hold it)");
        }

        if (raw is null)
        {
            return Missing(facts);
        }

        var current = Canonical(raw);
        return Holds(current) ? null : Set(current, $"{ParameterName} is {current}");
    }

    /// <summary>The first change of a parameter records the value it had, to be put back once it is no longer declared.</summary>
    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Update && change.Before is { } original ? Recorded(original) : null;

    public bool Releases(Change change) => Ensure == Ensure.Absent;

    /// <summary>The change when the host has no such parameter (its interface is not there).</summary>
    protected abstract Change Missing(HostFacts facts);

    /// <summary>The observed value written as a declared one is ("1" for " 1\n").</summary>
    protected virtual string Canonical(string raw) => raw;

    /// <summary>Whether <paramref name="current"/> is the value to hold.</summary>
    protected virtual bool Holds(string current) => current == Value;

    /// <summary>The change that puts <see cref="Value"/> where <paramref name="current"/> is: how the platform sets it.</summary>
    protected abstract Change Set(string current, string reason);

    /// <summary>The ledger's entry for the parameter with the value it had before.</summary>
    protected abstract LedgerEntry Recorded(string original);
}
