using System.Diagnostics;

namespace ConfigAgent.Testing;

/// <summary>
/// Finds node and npm on PATH and runs them with an argument list (never a shell string),
/// capturing their output.
/// </summary>
public static class NodeTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string? Node { get; } = Find("node");

    public static string? Npm { get; } = Find("npm");

    /// <summary>Why the schema tests cannot run here, or null when node and npm are both installed.</summary>
    public static string? MissingReason => (Node, Npm) switch
    {
        (null, null) => "node and npm are not installed (not found on PATH): the JSON Schema checks need them",
        (null, _) => "node is not installed (not found on PATH): the JSON Schema checks need it",
        (_, null) => "npm is not installed (not found on PATH): the JSON Schema checks need it to install ajv-cli",
        _ => null,
    };

    public static async Task<ProcessResult> RunAsync(string executable, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    /// <summary>The executable <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name)
    {
        var suffixes = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd" } : [""];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => suffixes.Select(suffix => Path.Combine(directory, name + suffix)))
            .FirstOrDefault(File.Exists);
    }
}
