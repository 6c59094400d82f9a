using System.Collections.Concurrent;
using System.Globalization;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// The keepalived program of this machine: where it is, the signal that makes it dump its state
/// as JSON (which `keepalived --signum=JSON` names: it depends on the build and the kernel,
/// keepalived(8) "SIGNALS"), and its configuration check.
/// </summary>
/// <param name="locate">Finds the program; null looks in $PATH and the sbin directories.</param>
internal sealed class KeepalivedProgram(ICommandRunner commands, Func<string?>? locate = null)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, int?> JsonSignals = new(StringComparer.Ordinal);

    private readonly Lazy<string?> _path = new(locate ?? Find);

    /// <summary>The program's path, or null when keepalived is not installed.</summary>
    public string? Path => _path.Value;

    /// <summary>The signal number of SIGFUNC=JSON, or null when this keepalived cannot dump JSON (built without --enable-json).</summary>
    public int? JsonSignal() => Path is { } path ? JsonSignals.GetOrAdd(path, AskJsonSignal) : null;

    /// <summary>
    /// Checks a configuration file with keepalived's own parser (`--config-test`, exit 0 when it
    /// would run as it is). Returns null when it passes, else what keepalived said.
    /// </summary>
    public string? Check(string realPath)
    {
        var result = commands.Run(new CommandLine(Path ?? "keepalived", "--config-test", "-f", realPath), Timeout);
        if (result.Succeeded)
        {
            return null;
        }

        var output = string.Join("; ", (result.StandardError + "\n" + result.StandardOutput)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Replace(realPath, KeepalivedPaths.Configuration, StringComparison.Ordinal)));
        return $"keepalived --config-test refuses it (exit {result.ExitCode}){(output.Length > 0 ? ": " + output : "")}";
    }

    private int? AskJsonSignal(string path)
    {
        try
        {
            var result = commands.Run(new CommandLine(path, "--signum=JSON"), Timeout);
            return result.Succeeded && int.TryParse(result.StandardOutput.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var signal) && signal > 0
                ? signal
                : null;
        }
        catch (HostAccessException)
        {
            return null;
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(KeepalivedPaths.ProgramDirectories))
        {
            var candidate = System.IO.Path.Join(directory, "keepalived");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
