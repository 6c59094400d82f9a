using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Commands;

/// <summary>
/// Runs the commands that read a host (listings, never changes) and hands what they print to a
/// parser. A command that fails, or prints what its parser cannot read, is a
/// <see cref="HostAccessException"/> that names the command.
/// </summary>
internal sealed class CommandReader(ICommandRunner runner, TimeSpan timeout)
{
    /// <summary>What <paramref name="command"/> printed, read by <paramref name="parse"/>.</summary>
    public T Parse<T>(CommandLine command, Func<string, T> parse, CancellationToken cancellationToken = default)
    {
        try
        {
            return parse(Run(command, cancellationToken));
        }
        catch (FormatException ex)
        {
            throw new HostAccessException($"cannot read the output of `{command}`: {ErrorSentence.Of(ex)}", ex);
        }
    }

    /// <summary>What <paramref name="command"/> printed; throws when it fails.</summary>
    public string Run(CommandLine command, CancellationToken cancellationToken = default)
    {
        var result = runner.Run(command, timeout, cancellationToken);
        return result.Succeeded
            ? result.StandardOutput
            : throw new HostAccessException($"`{command}` exited with {result.ExitCode}: {(result.StandardError.Trim().Length > 0 ? result.StandardError : result.StandardOutput).Trim()}");
    }

    /// <summary>What <paramref name="command"/> printed, or null when it failed: for what a host may lack (an optional listing).</summary>
    public string? TryRun(CommandLine command) => runner.Run(command, timeout) is { Succeeded: true } result ? result.StandardOutput : null;

    /// <summary>The first line of what <paramref name="command"/> printed that is not blank; throws when there is none.</summary>
    public string FirstLine(CommandLine command) =>
        FirstLineOf(Run(command)) ?? throw new HostAccessException($"`{command}` printed nothing");

    public static string? FirstLineOf(string text) => text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
