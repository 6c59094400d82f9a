using ConfigAgent.Graph;
using ConfigAgent.Platforms.Windows.Commands;

namespace ConfigAgent.Platforms.Windows.Resources;

/// <summary>
/// Creating the Microsoft loopback adapter: devcon adds it, then netsh renames it. Windows names a
/// new adapter itself ("Ethernet 2"), so the rename's first argument is known only once the adapter
/// exists: apply finds it as the adapter that appeared, and the plan shows the rename with that
/// placeholder. The adapter is not removed by a rollback.
/// </summary>
internal sealed class LoopbackAdapterCreation : Change
{
    public const string NewAdapter = "<the adapter devcon adds>";

    public LoopbackAdapterCreation(LoopbackAdapterResource resource)
        : base(resource, ChangeAction.Create, null, resource.Name, $"there is no adapter named '{resource.Name}'")
    {
        Name = resource.Name;
        Commands = [NetshCommands.InstallLoopback, NetshCommands.Rename(NewAdapter, resource.Name)];
        Notes =
        [
            $"Windows names the new adapter itself: apply renames the adapter that appears after devcon to '{resource.Name}'",
            "devcon.exe comes with the Windows Driver Kit: it must be on the PATH",
        ];
        Irreversible = $"ConfigAgent does not remove the loopback adapter it created: remove '{resource.Name}' in Device Manager if it is not wanted";
    }

    public string Name { get; }
}
