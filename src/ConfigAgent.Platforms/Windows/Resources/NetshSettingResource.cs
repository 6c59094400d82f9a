using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Resources;
using ConfigAgent.Platforms.Windows.Commands;

namespace ConfigAgent.Platforms.Windows.Resources;

/// <summary>
/// One interface parameter of one adapter (weak host send/receive, the metric), set with
/// <c>netsh interface &lt;family&gt; set interface</c>; netsh keeps it across reboots itself. An
/// absent resource puts back the value the adapter had before ConfigAgent changed it.
/// </summary>
internal sealed class NetshSettingResource(string family, string adapter, string parameter, string value, Ensure ensure = Ensure.Present)
    : SettingResource(value, ensure)
{
    public string Family { get; } = family;

    public string Adapter { get; } = adapter;

    public string Parameter { get; } = parameter;

    /// <summary>The adapter does not exist yet, but a change ordered before this one creates it.</summary>
    public bool AdapterCreatedFirst { get; init; }

    public override ResourceId Id { get; } = IdOf(family, adapter, parameter);

    public override string Title => $"{Family} {Parameter} on {Adapter}";

    public override string Key => NetshSettings.Key(Family, Adapter, Parameter);

    protected override string ParameterName => Parameter;

    protected override string UnobservedName => $"{Parameter} of {Adapter}";

    public static ResourceId IdOf(string family, string adapter, string parameter) => ResourceId.Of(NetshSettingEntry.Kind, $"{family}.{adapter}.{parameter}");

    /// <summary>A parameter ConfigAgent changed and no document declares any more: the value from before is put back.</summary>
    public static NetshSettingResource Restore(NetshSettingEntry entry) =>
        new(entry.Family, entry.Adapter, entry.Parameter, entry.Original, Ensure.Absent)
        {
            Origin = LedgerOrigin.Span,
            Purpose = "changed by ConfigAgent and no longer declared: the value from before is put back",
        };

    protected override Change Missing(HostFacts facts) =>
        AdapterCreatedFirst
            ? new Change(this, ChangeAction.Update, null, Value, $"{Adapter} is created first") { Commands = [SetTo(Value)] }
            : new Change(this, ChangeAction.Blocked, null, Value, $"there is no adapter '{Adapter}'");

    protected override bool Holds(string current) => string.Equals(current, Value, StringComparison.OrdinalIgnoreCase);

    protected override Change Set(string current, string reason) =>
        new(this, ChangeAction.Update, current, Value, reason) { Commands = [SetTo(Value)], UndoCommands = [SetTo(current)] };

    protected override LedgerEntry Recorded(string original) => new NetshSettingEntry(Id, Family, Adapter, Parameter, original);

    private CommandLine SetTo(string value) => NetshCommands.SetInterface(Family, Adapter, Parameter, value);
}
