using System.Diagnostics;
using System.Globalization;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// keepalived 2.2 running on a lab host as its systemd unit runs it (--dont-fork), on the
/// configuration file under the host's --root, with every file it writes there too: its pid
/// files (-p, -r, -c, -b) under ROOT/run, its state dumps in the host's own /tmp. Its log goes to
/// the console (captured, for failure messages), not to the machine's syslog. It is stopped by
/// PID: SIGKILL, SIGTERM (systemctl stop) or SIGHUP (systemctl reload), and killed with its
/// children on dispose.
/// </summary>
internal sealed class KeepalivedProcess : IDisposable
{
    public const string ConfigurationOnHost = "/etc/keepalived/keepalived.conf";
    public const string PidFileOnHost = "/run/keepalived.pid";

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    private KeepalivedProcess(HostNamespaces host, string root)
    {
        Host = host.Hostname;
        string[] arguments =
        [
            "--dont-fork", "--log-console", "--log-detail", "--no-syslog", "--vrrp",
            "--use-file", root + ConfigurationOnHost,
            "--pid", root + PidFileOnHost,
            "--vrrp_pid", root + "/run/keepalived_vrrp.pid",
            "--checkers_pid", root + "/run/keepalived_checkers.pid",
            "--bfd_pid", root + "/run/keepalived_bfd.pid",
        ];
        Directory.CreateDirectory(root + "/run");
        _process = new Process { StartInfo = host.StartInfo(mount: true, "keepalived", arguments) };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Host { get; }

    /// <summary>The parent process (nsenter execs keepalived, so it is keepalived's own PID): what its pid file holds.</summary>
    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public string Transcript => $"--- keepalived on {Host} (pid {Id}) ---\n{string.Join('\n', Lines)}";

    /// <summary>
    /// Starts keepalived once the one before it on this root is gone with its VRRP process: that
    /// one steps down in its own time after its parent dies, and a keepalived started meanwhile
    /// finds it in the pid file and exits ("daemon is already running"), as it would under systemd.
    /// </summary>
    public static KeepalivedProcess Start(HostNamespaces host, string root)
    {
        Wait.Until(() => !Running(root + PidFileOnHost) && !Running(root + "/run/keepalived_vrrp.pid"), StopTimeout, $"the previous keepalived on {host.Hostname} is gone");
        return new(host, root);
    }

    /// <summary>Waits for a log line; fails with the whole log when none comes.</summary>
    public void WaitForLine(Func<string, bool> match, TimeSpan timeout, string what)
    {
        try
        {
            Wait.Until(() => Lines.Any(match), timeout, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Transcript}", e);
        }
    }

    /// <summary>Whether keepalived logged that its group entered <paramref name="state"/> ("MASTER", "BACKUP") since line <paramref name="after"/>.</summary>
    public bool Entered(string state, int after = 0) =>
        Lines.Skip(after).Any(l => l.Contains($"Entering {state} STATE", StringComparison.Ordinal));

    /// <summary>kill -9 of the process its pid file names, as a crash or an OOM kill of the daemon would.</summary>
    public void Kill() => ProcessSignals.Send(Id, ProcessSignals.SigKill);

    /// <summary>
    /// SIGKILL to every keepalived process of this host at once, as `systemctl kill -s KILL`
    /// does to the unit's cgroup: the VRRP process dies without stepping down. The parent is
    /// stopped first, so that it neither respawns the child nor makes it step down on its death.
    /// </summary>
    public void KillAll(string root)
    {
        var child = int.Parse(File.ReadAllText(root + "/run/keepalived_vrrp.pid").Trim(), CultureInfo.InvariantCulture);
        ProcessSignals.Send(Id, ProcessSignals.SigStop);
        ProcessSignals.Send(child, ProcessSignals.SigKill);
        ProcessSignals.Send(Id, ProcessSignals.SigKill);
    }

    /// <summary>SIGTERM: systemctl stop.</summary>
    public void Terminate() => ProcessSignals.Send(Id, ProcessSignals.SigTerm);

    /// <summary>SIGHUP: what the unit's ExecReload sends (systemctl reload keepalived).</summary>
    public void Reload() => ProcessSignals.Send(Id, ProcessSignals.SigHup);

    public void WaitForExit()
    {
        if (!_process.WaitForExit(StopTimeout))
        {
            throw new TimeoutException($"keepalived on {Host} did not exit within {StopTimeout.TotalSeconds} s\n{Transcript}");
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(StopTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }

        _process.Dispose();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"keepalived on {Host} (pid {Id})");

    private static bool Running(string pidFile)
    {
        try
        {
            var pid = File.ReadAllText(pidFile).Trim();
            return File.ReadAllText($"/proc/{pid}/comm").Trim() == "keepalived";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                _lines.Add(line);
            }
        }
    }
}
