using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Captured;

/// <summary>
/// Answers commands from their output captured on the host (<c>configagent facts --from DIR</c>):
/// each command the observer runs has a file name; a command that was not captured fails as if it
/// could not run, so the observer reports what is missing.
/// </summary>
internal sealed class CapturedCommandRunner(string directory, Func<CommandLine, string?> fileName) : ICommandRunner
{
    public const int NotCaptured = 127;

    public CommandResult Run(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var name = fileName(command);
        if (name is null)
        {
            return new CommandResult(NotCaptured, "", $"`{command}` is not a command ConfigAgent reads from a capture");
        }

        var path = Path.Combine(directory, name);
        return File.Exists(path)
            ? new CommandResult(0, CaptureText.WithoutHeader(File.ReadAllText(path)), "")
            : new CommandResult(NotCaptured, "", $"{path} is missing: capture the output of `{command}` on the host into it");
    }
}
