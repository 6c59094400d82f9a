using System.Diagnostics;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Cli;

/// <summary>
/// The real configagent binary, run inside a lab namespace with `ip netns exec`: the test project
/// references the CLI project, so its build output (the apphost, or configagent.dll for
/// `dotnet`) sits next to the test assembly and the lab runs exactly what a user would; or the
/// published binary CONFIGAGENT_EXECUTABLE names.
/// </summary>
internal sealed class ConfigAgentProcess : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly Lazy<IReadOnlyList<string>> Launcher = new(FindLauncher);

    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ConfigAgentProcess(NetworkNamespace ns, IReadOnlyList<string> arguments)
    {
        // `ip netns exec` enters the namespace itself (and mounts the namespace's /sys), so
        // the child does not depend on the namespace of the thread that starts it.
        var start = new ProcessStartInfo("ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] argv = ["netns", "exec", ns.Name, .. Launcher.Value, .. arguments];
        foreach (var argument in argv)
        {
            start.ArgumentList.Add(argument);
        }

        // The transcript is compared as plain text.
        start.Environment["NO_COLOR"] = "1";
        CommandLine = $"ip {string.Join(' ', argv)}";
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{CommandLine} did not start");
        _output = _process.StandardOutput.ReadToEndAsync();
        _error = _process.StandardError.ReadToEndAsync();
    }

    public string CommandLine { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The process id: `ip netns exec` execs configagent, so this is configagent itself.</summary>
    public int Id => _process.Id;

    /// <summary>Runs configagent with <paramref name="arguments"/> in <paramref name="ns"/> and waits for it.</summary>
    public static ConfigAgentRun Run(NetworkNamespace ns, params IReadOnlyList<string> arguments)
    {
        using var process = Start(ns, arguments);
        return process.WaitForExit(DefaultTimeout);
    }

    /// <summary>Starts configagent in the background; dispose the result to stop it if it is still running.</summary>
    public static ConfigAgentProcess Start(NetworkNamespace ns, params IReadOnlyList<string> arguments) => new(ns, arguments);

    public ConfigAgentRun WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Stop();
            throw new TimeoutException($"{CommandLine} did not finish within {timeout.TotalSeconds} s");
        }

        // The parameterless wait also waits for the redirected streams to reach their end.
        _process.WaitForExit();
        return new ConfigAgentRun(CommandLine, _process.ExitCode, _output.GetAwaiter().GetResult(), _error.GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(DefaultTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
    }

    private static IReadOnlyList<string> FindLauncher()
    {
        // The published binary when the run names one (CONFIGAGENT_EXECUTABLE: .ci/run's second
        // pass, with the Native AOT binary), as the rest of the lab does.
        if (CliInNamespace.IsPublishedExecutable)
        {
            return [CliInNamespace.Executable];
        }

        var directory = AppContext.BaseDirectory;
        var apphost = Path.Combine(directory, "configagent");
        if (File.Exists(apphost))
        {
            return [apphost];
        }

        var assembly = Path.Combine(directory, "configagent.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"configagent is not in {directory}: build the test project, which references ConfigAgent.Cli", assembly);
        }

        var host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return [host, assembly];
    }
}
