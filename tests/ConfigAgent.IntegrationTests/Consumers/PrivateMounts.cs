using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Testing;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// A consumer run inside a mount namespace of its own (private-mounts.sh, next to this assembly),
/// optionally inside a lab network namespace too: the temporary directories it is given show at
/// the host paths the consumer reads, and the host's own files and mounts never change.
/// </summary>
internal sealed class PrivateMounts
{
    private static readonly string Script = Path.Join(AppContext.BaseDirectory, "Consumers", "private-mounts.sh");

    private readonly List<string> _options = [];

    /// <summary>Shows <paramref name="source"/> at <paramref name="hostPath"/>, which must exist.</summary>
    public PrivateMounts Bind(string source, string hostPath)
    {
        _options.AddRange(["--bind", source, hostPath]);
        return this;
    }

    /// <summary>Makes every /proc/sys directory but net/ read-only.</summary>
    public PrivateMounts NetSysctlsOnly()
    {
        _options.Add("--net-sysctls-only");
        return this;
    }

    public ProcessResult Run(NetworkNamespace? ns, string program, params IReadOnlyList<string> arguments)
    {
        _ = Consumer.Unshare.Path;
        string[] command = ["bash", Script, .. _options, "--", program, .. arguments];
        return ns is null ? ConsumerProcess.Run(command[0], command[1..]) : ConsumerProcess.RunIn(ns, command[0], command[1..]);
    }
}
