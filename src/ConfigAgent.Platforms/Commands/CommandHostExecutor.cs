using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.Persistence;

namespace ConfigAgent.Platforms.Commands;

/// <summary>
/// The hands of a platform driven by commands: command changes through the runner seam, file
/// changes (boot artefacts) through the file executor. Nothing is announced afterwards: AIX
/// ifconfig sends a gratuitous ARP for an address it adds on an Ethernet interface (ifconfig
/// command reference), and Windows sends one as part of duplicate address detection.
/// </summary>
internal sealed class CommandHostExecutor(CommandChangeExecutor commands, FileChangeExecutor? files) : IChangeExecutor
{
    public AppliedStep Apply(Change change, CancellationToken cancellationToken) => change switch
    {
        FileChange file when files is not null => files.Apply(file),
        { Commands.Count: > 0 } => commands.Apply(change, cancellationToken),
        _ => throw new InvalidOperationException($"{change.Resource.Id} is not a change this platform can set."),
    };

    public void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken)
    {
    }
}
