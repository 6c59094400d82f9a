using System.Diagnostics;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// `configagent agent` running in the background inside a lab namespace, as systemd runs it:
/// its console output captured line by line, stopped with SIGTERM (graceful) or SIGKILL, and
/// always killed on dispose so that no agent outlives its test.
/// </summary>
internal sealed class AgentProcess : IDisposable
{
    private static readonly TimeSpan KillTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private bool _service;

    private AgentProcess(NetworkNamespace ns, IReadOnlyList<string> arguments, ProcessStartInfo start)
        : this($"configagent {string.Join(' ', arguments)} (in {ns.Name})", start)
    {
    }

    private AgentProcess(string commandLine, ProcessStartInfo start)
    {
        CommandLine = commandLine;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        if (!_process.Start())
        {
            throw new InvalidOperationException($"{CommandLine} did not start");
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string CommandLine { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the agent printed so far, stdout and stderr interleaved as they arrived.</summary>
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

    public string Transcript => $"$ {CommandLine}\n{string.Join('\n', Lines)}";

    public static AgentProcess Start(NetworkNamespace ns, string configuration)
    {
        string[] arguments = ["agent", "--config", configuration];
        return new(ns, arguments, CliInNamespace.StartInfo(ns, arguments));
    }

    /// <summary>Starts the agent as <paramref name="start"/> says (a lab host that also has a hostname of its own).</summary>
    public static AgentProcess Start(string commandLine, ProcessStartInfo start) => new(commandLine, start);

    /// <summary>
    /// As systemd starts a service: <paramref name="environment"/> ($NOTIFY_SOCKET, $WATCHDOG_USEC,
    /// $WATCHDOG_PID) added, and the agent PID 1 of a PID namespace of its own (`unshare --pid
    /// --fork`), where Microsoft.Extensions.Hosting.Systemd finds a service manager as it does in
    /// a container: the agent here is not systemd's child. <see cref="Id"/> is then unshare's;
    /// <see cref="TerminateService"/> signals the agent itself.
    /// </summary>
    public static AgentProcess StartAsService(NetworkNamespace ns, string configuration, IReadOnlyDictionary<string, string> environment)
    {
        string[] arguments = ["agent", "--config", configuration];
        var start = CliInNamespace.StartInfo(ns, arguments);
        var program = start.ArgumentList.IndexOf(CliInNamespace.Executable);
        string[] unshare = ["unshare", "--pid", "--fork", "--kill-child"];
        for (var i = 0; i < unshare.Length; i++)
        {
            start.ArgumentList.Insert(program + i, unshare[i]);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new(ns, arguments, start) { _service = true };
    }

    /// <summary>Waits for a line the agent prints; fails with its whole transcript when none comes.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan timeout, string what)
    {
        string? found = null;
        try
        {
            Wait.Until(() => (found = Lines.FirstOrDefault(match)) is not null || HasExited, timeout, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Transcript}", e);
        }

        return found ?? throw new InvalidOperationException($"the agent exited before {what}\n{Transcript}");
    }

    /// <summary>SIGTERM: what systemd sends to stop the service.</summary>
    public void Terminate() => ProcessSignals.Terminate(_process.Id);

    /// <summary>SIGTERM to the agent that <see cref="StartAsService"/> started under unshare (its one child).</summary>
    public void TerminateService()
    {
        if (!_service)
        {
            throw new InvalidOperationException($"{CommandLine} was not started as a service");
        }

        var children = File.ReadAllText($"/proc/{_process.Id}/task/{_process.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ProcessSignals.Terminate(int.Parse(Assert.Single(children), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>SIGKILL: a crash, an OOM kill, a power cut as far as the files are concerned.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits for the agent to exit and returns its exit code; kills it and fails when it does not.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Dispose();
            throw new TimeoutException($"{CommandLine} did not exit within {timeout.TotalSeconds} s\n{Transcript}");
        }

        // The parameterless wait also drains the redirected output.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(KillTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill, or never started.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Add(line);
        }
    }
}
