using System.Diagnostics;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Testing;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// Runs a consumer with an argument list (never a shell string), optionally with a file on its
/// standard input, on this machine or inside a lab namespace, and keeps everything it printed.
/// </summary>
internal static class ConsumerProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static ProcessResult Run(string program, IReadOnlyList<string> arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            using var input = File.OpenRead(standardInput);
            input.CopyTo(process.StandardInput.BaseStream);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s");
        }

        return new ProcessResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>Runs <paramref name="program"/> inside <paramref name="ns"/> (`ip netns exec`).</summary>
    public static ProcessResult RunIn(NetworkNamespace ns, string program, params IReadOnlyList<string> arguments) =>
        Run("ip", ["netns", "exec", ns.Name, program, .. arguments]);

    /// <summary>Fails the test with everything the consumer printed unless it exited 0 and wrote nothing on stderr.</summary>
    public static ProcessResult AssertClean(this ProcessResult result, string what)
    {
        if (result.ExitCode != 0 || result.StandardError.Length > 0)
        {
            Assert.Fail($"{what}: {result}");
        }

        return result;
    }
}
