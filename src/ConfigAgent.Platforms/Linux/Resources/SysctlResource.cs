using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Resources;

namespace ConfigAgent.Platforms.Linux.Resources;

/// <summary>A kernel parameter under /proc/sys, set to a value (or restored to the one it had before ConfigAgent) by the executor.</summary>
internal sealed class SysctlResource(SysctlName name, string value, Ensure ensure = Ensure.Present) : SettingResource(value, ensure)
{
    public SysctlName Name { get; } = name;

    public override ResourceId Id { get; } = IdOf(name);

    public override string Title => $"sysctl {Name}";

    public override string Key => Name.Text;

    protected override string ParameterName => Name.Text;

    public static ResourceId IdOf(SysctlName name) => ResourceId.Of(SysctlEntry.Kind, name.Text);

    /// <summary>A parameter ConfigAgent changed and no document declares any more: the value from before comes back.</summary>
    public static SysctlResource Restore(SysctlEntry entry) =>
        new(entry.Name, entry.Original, Ensure.Absent)
        {
            Origin = LedgerOrigin.Span,
            Purpose = "changed by ConfigAgent and no longer declared: the value from before is restored",
        };

    protected override Change Missing(HostFacts facts)
    {
        var hint = Name.Interface is { } interfaceName and not ("all" or "default") && facts.FindInterface(interfaceName) is null
            ? $": there is no interface '{interfaceName}'"
            : "";
        return new Change(this, ChangeAction.Blocked, null, Value, $"{Name} does not exist on this host{hint}");
    }

    protected override string Canonical(string raw) => SysctlCatalogue.Canonical(raw);

    // The executor writes /proc/sys from the change's before and after values.
    protected override Change Set(string current, string reason) => new(this, ChangeAction.Update, current, Value, reason);

    protected override LedgerEntry Recorded(string original) => new SysctlEntry(Id, Name, original);
}
