using System.Globalization;
using System.Text.Json;
using ConfigAgent.Facts;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// Asks the running keepalived what it is doing now (docs/failover.md, "How ConfigAgent reads
/// keepalived's state"): the process in its pid file (under --root), the JSON state dump it
/// writes on the signal `keepalived --signum=JSON` names, read where that keepalived sees /tmp.
/// A dump is taken only when it is newer than the signal, complete, and root's own.
/// </summary>
internal sealed class KeepalivedStateReader(IFileSystem files, KeepalivedProgram program, TimeProvider clock)
{
    private static readonly TimeSpan DumpTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(2);

    public VrrpFacts Read()
    {
        if (program.Path is not { } daemon)
        {
            return new VrrpFacts { Problem = "keepalived is not installed" };
        }

        var facts = new VrrpFacts { Daemon = daemon };
        if (RunningProcess() is not { } pid)
        {
            return facts;
        }

        facts = facts with { Running = true };
        if (!SameNetworkNamespace(pid))
        {
            return facts with { Running = false, Problem = $"keepalived (pid {pid}) runs in another network namespace" };
        }

        if (program.JsonSignal() is not { } signal)
        {
            return facts with { Problem = "this keepalived cannot dump its state as JSON (`keepalived --signum=JSON` names no signal: built without --enable-json)" };
        }

        try
        {
            return facts with { Instances = Dump(pid, signal) };
        }
        catch (HostAccessException ex)
        {
            return facts with { Problem = ex.Message };
        }
    }

    /// <summary>The keepalived whose pid file names a live process, or null when none runs.</summary>
    private int? RunningProcess()
    {
        var text = files.Observe(KeepalivedPaths.PidFile).Content;
        if (!int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 1)
        {
            return null;
        }

        try
        {
            // A stale pid file may name a process that is something else now.
            return File.ReadAllText($"/proc/{pid}/comm").Trim() == "keepalived" ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool SameNetworkNamespace(int pid)
    {
        try
        {
            return File.ResolveLinkTarget($"/proc/{pid}/ns/net", returnFinalTarget: false)?.Name
                == File.ResolveLinkTarget("/proc/thread-self/ns/net", returnFinalTarget: false)?.Name;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only root may look: whoever may not, cannot signal keepalived either, and is told so there.
            return true;
        }
    }

    private IReadOnlyList<VrrpInstanceFacts> Dump(int pid, int signal)
    {
        // keepalived writes the file as its own mount namespace sees /tmp. /proc/PID/root reaches
        // it from any namespace, for a reader allowed to trace keepalived (the kernel's ptrace
        // access check: root with at least keepalived's capabilities); others read this /tmp.
        var throughProc = $"/proc/{pid}/root{KeepalivedPaths.StateDump}";
        var path = Directory.Exists($"/proc/{pid}/root/tmp") ? throughProc : KeepalivedPaths.StateDump;
        var before = KeepalivedSyscalls.Stat(path);
        var error = KeepalivedSyscalls.Signal(pid, signal);
        if (error == KeepalivedSyscalls.PermissionDenied)
        {
            throw new HostAccessException("reading keepalived's state needs root (the user keepalived runs as)");
        }

        if (error != 0)
        {
            throw new HostAccessException($"keepalived (pid {pid}) stopped while its state was read");
        }

        var started = clock.GetTimestamp();
        var problem = "it wrote nothing";
        while (clock.GetElapsedTime(started) < DumpTimeout)
        {
            Task.Delay(PollInterval, clock).GetAwaiter().GetResult();
            if (KeepalivedSyscalls.Stat(path) is not { } now || now == before)
            {
                continue;
            }

            if (!now.IsTrusted)
            {
                problem = $"{KeepalivedPaths.StateDump} is not a regular file of root's that only root may write: it is not keepalived's";
                continue;
            }

            try
            {
                return KeepalivedStateDump.Parse(File.ReadAllText(path));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // Caught half-written: keepalived writes the file in more than one piece.
                problem = $"its dump did not parse ({ex.Message})";
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = $"its dump could not be read ({ex.Message})";
            }
        }

        throw new HostAccessException($"keepalived did not dump its state within {DumpTimeout.TotalSeconds:0.#} s of the signal: {problem}");
    }
}
