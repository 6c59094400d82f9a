using System.Diagnostics;
using System.Globalization;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// What makes a lab namespace a host of its own beyond its network: a hostname (a UTS
/// namespace, so that `apply` selects documents by it) and private /tmp, /run and /sys (a mount
/// namespace, so that keepalived's state dump in /tmp, its /run and the interfaces in /sys are
/// this host's and not the machine's). A sleeping process holds both namespaces open
/// (`unshare --uts --mount --propagation private sleep`); programs join them with nsenter,
/// together with the lab's network namespace, by an argument list. The sleep is bounded, so a
/// holder left behind by a test process that died goes away by itself.
/// </summary>
internal sealed class HostNamespaces : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _holder;

    public HostNamespaces(NetworkNamespace network, string hostname)
    {
        Network = network;
        Hostname = hostname;
        var start = new ProcessStartInfo("unshare") { UseShellExecute = false };
        foreach (var argument in (string[])["--uts", "--mount", "--propagation", "private", "--", "sleep", ((int)Lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        _holder = Process.Start(start) ?? throw new InvalidOperationException("unshare did not start");
        try
        {
            // unshare execs sleep once the namespaces exist: from then on nsenter finds them.
            Wait.Until(() => Comm(_holder.Id) == "sleep", StartTimeout, "unshare holds the host's namespaces");
            Enter(uts: true, mount: false, net: false, "hostname", hostname);
            Enter(uts: false, mount: true, net: false, "mount", "-t", "tmpfs", "-o", "mode=1777,size=16m", "configagent-lab-tmp", "/tmp");
            Enter(uts: false, mount: true, net: false, "mount", "-t", "tmpfs", "-o", "mode=0755,size=16m", "configagent-lab-run", "/run");

            // sysfs shows the interfaces of the network namespace of whoever mounts it.
            Enter(uts: false, mount: true, net: true, "mount", "-t", "sysfs", "configagent-lab-sys", "/sys");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public NetworkNamespace Network { get; }

    public string Hostname { get; }

    /// <summary>
    /// How to start <paramref name="program"/> on this host: in its network and UTS namespaces,
    /// and with <paramref name="mount"/> in its mount namespace too (keepalived). ConfigAgent
    /// runs in the machine's mount namespace, where the lab's --root lives, as it would on a host.
    /// </summary>
    public ProcessStartInfo StartInfo(bool mount, string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("nsenter") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in Arguments(uts: true, mount, net: true, program, arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Rewrites a start of configagent by `ip netns exec` (CliInNamespace) into one that also has this host's hostname.</summary>
    public ProcessStartInfo Adopt(ProcessStartInfo ipNetnsExec)
    {
        // ip netns exec NAME PROGRAM ARGS...
        var command = ipNetnsExec.ArgumentList.Skip(3).ToList();
        var start = StartInfo(mount: false, command[0], command[1..]);
        foreach (var (name, value) in ipNetnsExec.Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    public void Dispose()
    {
        try
        {
            if (!_holder.HasExited)
            {
                _holder.Kill();
                _holder.WaitForExit(StartTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own.
        }

        _holder.Dispose();
    }

    private void Enter(bool uts, bool mount, bool net, string program, params IReadOnlyList<string> arguments) =>
        LabProcess.Run("nsenter", [.. Arguments(uts, mount, net, program, arguments)]);

    private IEnumerable<string> Arguments(bool uts, bool mount, bool net, string program, IReadOnlyList<string> arguments)
    {
        yield return "--target";
        yield return _holder.Id.ToString(CultureInfo.InvariantCulture);
        if (uts)
        {
            yield return "--uts";
        }

        if (mount)
        {
            yield return "--mount";
        }

        if (net)
        {
            yield return $"--net={Network.Path}";
        }

        yield return "--";
        yield return program;
        foreach (var argument in arguments)
        {
            yield return argument;
        }
    }

    private static string? Comm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
