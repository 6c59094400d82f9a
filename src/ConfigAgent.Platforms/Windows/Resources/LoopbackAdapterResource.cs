using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;

namespace ConfigAgent.Platforms.Windows.Resources;

/// <summary>
/// The Microsoft loopback adapter that holds the DSR VIPs, found by its connection name. When it is
/// missing, apply creates it if the document allows (windows.create_loopback); otherwise the plan
/// is blocked with the steps to create it by hand.
/// </summary>
internal sealed class LoopbackAdapterResource(string name, bool create) : Resource
{
    public string Name { get; } = name;

    public bool Create { get; } = create;

    public override ResourceId Id { get; } = ResourceId.Of("adapter", name);

    public override Ensure Ensure => Ensure.Present;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => $"loopback adapter {Name}";

    public override int Rank => 0;

    public override void Scope(ObservationScope scope)
    {
        // Adapters come from the one interface listing of the base observation.
    }

    public override Change? Test(HostFacts facts)
    {
        if (facts.FindInterface(Name) is not null)
        {
            return null;
        }

        return Create
            ? new LoopbackAdapterCreation(this)
            : new Change(this, ChangeAction.Blocked, null, Name,
                $"there is no adapter named '{Name}'. Add the Microsoft loopback adapter as the seed does (hdwwiz: install the hardware that I manually select, "
                + "Network adapters, Microsoft, Microsoft KM-TEST Loopback Adapter) or with `devcon install %windir%\\inf\\netloop.inf *MSLOOP`, "
                + $"then rename the new connection to '{Name}' (`netsh interface set interface name=\"Ethernet 2\" newname=\"{Name}\"`); "
                + "or set windows.create_loopback: true to let apply do both");
    }
}
