using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;

namespace ConfigAgent.Platforms.Windows;

/// <summary>
/// One interface parameter of one adapter (weak host send/receive, the metric), set with
/// <c>netsh interface &lt;family&gt; set interface</c>; netsh keeps it across reboots itself. An
/// absent resource puts back the value the adapter had before ConfigAgent changed it.
/// </summary>
internal sealed class NetshSettingResource(string family, string adapter, string parameter, string value, Ensure ensure = Ensure.Present) : Resource, IOwnable
{
    public const int SettingRank = 10;

    public string Family { get; } = family;

    public string Adapter { get; } = adapter;

    public string Parameter { get; } = parameter;

    /// <summary>The value to hold; for an absent (restoring) resource, the value from before ConfigAgent.</summary>
    public string Value { get; } = value;

    /// <summary>The adapter does not exist yet, but a change ordered before this one creates it.</summary>
    public bool AdapterCreatedFirst { get; init; }

    public override ResourceId Id { get; } = IdOf(family, adapter, parameter);

    public override Ensure Ensure { get; } = ensure;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"{Family} {Parameter} on {Adapter}";

    public override string Summary => Ensure == Ensure.Present ? $"{Title} = {Value}" : $"{Title} (restore {Value})";

    public override int Rank => SettingRank;

    public string Key => NetshSettings.Key(Family, Adapter, Parameter);

    public static ResourceId IdOf(string family, string adapter, string parameter) => ResourceId.Of(NetshSettingEntry.Kind, $"{family}.{adapter}.{parameter}");

    /// <summary>A parameter ConfigAgent changed and no document declares any more: the value from before is put back.</summary>
    public static NetshSettingResource Restore(NetshSettingEntry entry) =>
        new(entry.Family, entry.Adapter, entry.Parameter, entry.Original, Ensure.Absent)
        {
            Origin = LedgerOrigin.Span,
            Purpose = "changed by ConfigAgent and no longer declared: the value from before is put back",
        };

    /// <summary>The first change of a parameter records the value it had, to be put back once it is no longer declared.</summary>
    public LedgerEntry? Ownership(Change change) =>
        Ensure == Ensure.Present && change.Action == ChangeAction.Update && change.Before is { } original ? new NetshSettingEntry(Id, Family, Adapter, Parameter, original) : null;

    public bool Releases(Change change) => Ensure == Ensure.Absent;

    public override void Scope(ObservationScope scope) => scope.AddSetting(Key);

    public override Change? Test(HostFacts facts)
    {
        if (!facts.Settings.TryGetValue(Key, out var current))
        {
            return new Change(this, ChangeAction.Blocked, null, Value, $"{Parameter} of {Adapter} was not observed (the facts do not hold it)");
        }

        var set = NetshCommands.SetInterface(Family, Adapter, Parameter, Value);
        if (current is null)
        {
            return AdapterCreatedFirst
                ? new Change(this, ChangeAction.Update, null, Value, $"{Adapter} is created first") { Commands = [set] }
                : new Change(this, ChangeAction.Blocked, null, Value, $"there is no adapter '{Adapter}'");
        }

        if (string.Equals(current, Value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new Change(this, ChangeAction.Update, current, Value, $"{Parameter} is {current}")
        {
            Commands = [set],
            UndoCommands = [NetshCommands.SetInterface(Family, Adapter, Parameter, current)],
        };
    }
}
