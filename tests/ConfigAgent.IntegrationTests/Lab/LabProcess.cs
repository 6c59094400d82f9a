using System.Diagnostics;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// Runs a lab tool (ip, sysctl) with an argument list, never a shell string. Call it from a
/// test thread: a child process inherits the network namespace of the thread that starts it.
/// </summary>
internal static class LabProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static string Run(string program, params IReadOnlyList<string> arguments)
    {
        var (exitCode, output, error) = Execute(program, arguments);
        return exitCode == 0
            ? output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed (exit {exitCode}): {error.Trim()}");
    }

    public static bool TryRun(string program, params IReadOnlyList<string> arguments)
    {
        try
        {
            return Execute(program, arguments).ExitCode == 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int ExitCode, string Output, string Error) Execute(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
