using System.Diagnostics;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// Runs the configagent built next to this assembly inside a lab namespace with `ip netns exec`,
/// as an operator runs it on a host: a process of its own, so its rtnetlink sockets and its
/// /proc/sys reads and writes belong to the namespace, and its exit code is the contract.
/// </summary>
internal static class CliInNamespace
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The configagent built next to the tests, or the one named by CONFIGAGENT_EXECUTABLE (an
    /// absolute path: the tests run in their output directory): the published binary operators
    /// install, so that the lab tests prove what ships.
    /// </summary>
    public static string Executable { get; } = Environment.GetEnvironmentVariable("CONFIGAGENT_EXECUTABLE") is { Length: > 0 } published
        ? Path.GetFullPath(published)
        : Path.Combine(AppContext.BaseDirectory, "configagent");

    /// <summary>Whether the lab runs a published binary (CONFIGAGENT_EXECUTABLE) rather than the build next to the tests.</summary>
    public static bool IsPublishedExecutable => Environment.GetEnvironmentVariable("CONFIGAGENT_EXECUTABLE") is { Length: > 0 };

    public static CliInNamespaceResult Run(NetworkNamespace ns, params IReadOnlyList<string> arguments)
    {
        var start = StartInfo(ns, arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ip netns exec did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"configagent {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s");
        }

        return new CliInNamespaceResult(arguments, process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>
    /// How to start configagent with <paramref name="arguments"/> inside <paramref name="ns"/>,
    /// output redirected. `ip netns exec` execs the program, so the process is configagent itself
    /// and a signal sent to it reaches configagent.
    /// </summary>
    public static ProcessStartInfo StartInfo(NetworkNamespace ns, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (IReadOnlyList<string>)["netns", "exec", ns.Name, Executable, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // The apphost looks for the runtime in DOTNET_ROOT first: point it at the one running
        // the tests, which need not be installed where the apphost would look by default.
        if (string.IsNullOrEmpty(start.Environment.TryGetValue("DOTNET_ROOT", out var root) ? root : null))
        {
            start.Environment["DOTNET_ROOT"] = DotnetRoot();
        }

        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    /// <summary>The runtime's shared/Microsoft.NETCore.App/&lt;version&gt; directory is three levels below the root.</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
}
