using System.Diagnostics;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// Runs configagent inside a lab namespace over directories that fail: a full tmpfs or a
/// read-only mount (faulty-mounts.sh, next to this assembly, in a mount namespace of its own, so
/// nothing of it outlives the run or reaches this machine's mounts).
/// </summary>
internal sealed class FaultyMounts
{
    private static readonly string Script = Path.Join(AppContext.BaseDirectory, "Safety", "faulty-mounts.sh");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly List<string> _options = [];

    /// <summary>Moves <paramref name="directory"/> onto a tmpfs filled to the last byte.</summary>
    public FaultyMounts Full(string directory)
    {
        _options.AddRange(["--full", directory]);
        return this;
    }

    public FaultyMounts ReadOnly(string directory)
    {
        _options.AddRange(["--read-only", directory]);
        return this;
    }

    /// <summary>Copies what <paramref name="directory"/> holds after the run to <paramref name="copy"/> (a tmpfs vanishes with its namespace).</summary>
    public FaultyMounts Keep(string directory, string copy)
    {
        _options.AddRange(["--keep", directory, copy]);
        return this;
    }

    public CliInNamespaceResult Run(NetworkNamespace ns, params IReadOnlyList<string> arguments)
    {
        var start = CliInNamespace.StartInfo(ns, arguments);
        var program = start.ArgumentList.IndexOf(CliInNamespace.Executable);
        string[] wrapper = ["bash", Script, .. _options, "--"];
        for (var i = 0; i < wrapper.Length; i++)
        {
            start.ArgumentList.Insert(program + i, wrapper[i]);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ip netns exec did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"configagent {string.Join(' ', arguments)} over faulty mounts did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new CliInNamespaceResult(arguments, process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
