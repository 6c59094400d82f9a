using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Platforms.Windows.Commands;
using ConfigAgent.Platforms.Windows.Parsing;
using ConfigAgent.Platforms.Windows.Resources;

namespace ConfigAgent.Platforms.Windows;

/// <summary>
/// Sets Windows changes: netsh commands through the runner, and the creation of the loopback
/// adapter, whose rename needs the name Windows gave the new adapter: the adapter list is read
/// before and after devcon, and the one that appeared is renamed.
/// </summary>
internal sealed class WindowsChangeExecutor(ICommandRunner runner, TimeSpan timeout) : IChangeExecutor
{
    private readonly CommandChangeExecutor _commands = new(runner, timeout);
    private readonly CommandReader _reader = new(runner, timeout);

    // netsh settings persist by themselves: Windows has no boot artefact to write.
    private readonly CommandHostExecutor _host = new(new CommandChangeExecutor(runner, timeout), files: null);

    public AppliedStep Apply(Change change, CancellationToken cancellationToken) => change switch
    {
        LoopbackAdapterCreation creation => Create(creation, cancellationToken),
        _ => _host.Apply(change, cancellationToken),
    };

    public void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken) => _host.Announce(verified, cancellationToken);

    private AppliedStep Create(LoopbackAdapterCreation change, CancellationToken cancellationToken)
    {
        var before = Adapters(cancellationToken).Select(a => a.Index).ToHashSet();
        _reader.Run(NetshCommands.InstallLoopback, cancellationToken);
        var added = Adapters(cancellationToken).Where(a => !before.Contains(a.Index)).ToList();
        if (added.Count != 1)
        {
            throw new HostAccessException($"after `{NetshCommands.InstallLoopback}`, {added.Count} new adapters appeared instead of one: rename the loopback adapter to '{change.Name}' by hand");
        }

        _reader.Run(NetshCommands.Rename(added[0].Name, change.Name), cancellationToken);
        return new AppliedStep(change, () => _commands.Undo(change));
    }

    private IReadOnlyList<NetshInterface> Adapters(CancellationToken cancellationToken) =>
        _reader.Parse(NetshCommands.ShowInterfaces, NetshInterfacesParser.Parse, cancellationToken);
}
