using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Commands;

/// <summary>
/// What carries a platform's commands and file reads to a host, and the clock: local processes and
/// files under --root, a capture of them (<c>facts --from</c>), or SSH. A platform driven by commands
/// is built over any of them alike.
/// </summary>
/// <param name="Source">What plans say the facts came from: <c>live</c>, a capture, an SSH host.</param>
internal sealed record HostTransport(ICommandRunner Commands, IFileSystem Files, TimeProvider Clock, string Source = "live");
