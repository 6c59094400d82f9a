using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// `ip -ts monitor address` in a lab namespace: an independent witness that timestamps every
/// address the kernel adds or deletes as it happens, so that how fast the agent repairs a
/// deletion is measured by the kernel's own notifications, not by how often a test polls.
/// </summary>
internal sealed partial class AddressMonitor : IDisposable
{
    private const string Marker = "198.51.100.254/32";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<AddressChange> _changes = [];

    private AddressMonitor(NetworkNamespace ns)
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["-n", ns.Name, "-ts", "-o", "monitor", "address"])
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
    }

    public IReadOnlyList<AddressChange> Changes
    {
        get
        {
            lock (_gate)
            {
                return [.. _changes];
            }
        }
    }

    /// <summary>
    /// Starts the monitor and returns once it demonstrably receives notifications: ip subscribes
    /// some time after it starts, and a change made before that would be missed.
    /// </summary>
    public static AddressMonitor Start(NetworkNamespace ns)
    {
        var monitor = new AddressMonitor(ns);
        try
        {
            ns.Ip("addr", "add", Marker, "dev", "lo");
            Wait.Until(
                () =>
                {
                    ns.Ip("addr", "replace", Marker, "dev", "lo");
                    return monitor.Changes.Any(c => c.Address == Marker);
                },
                Timeout,
                "ip monitor reports address changes");
            ns.Ip("addr", "del", Marker, "dev", "lo");
            return monitor;
        }
        catch
        {
            monitor.Dispose();
            throw;
        }
    }

    /// <summary>Waits for the first change received after <paramref name="after"/> (when given) that matches.</summary>
    public AddressChange WaitFor(Func<AddressChange, bool> match, TimeSpan timeout, string what, DateTime? after = null)
    {
        AddressChange? found = null;
        Wait.Until(() => (found = Changes.FirstOrDefault(c => (after is null || c.Received > after) && match(c))) is not null, timeout, what);
        return found!;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(Timeout);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null || ChangeLine().Match(line) is not { Success: true } match)
        {
            return;
        }

        var received = DateTime.ParseExact(match.Groups["time"].Value, "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _changes.Add(new AddressChange(received, match.Groups["deleted"].Success, match.Groups["device"].Value, match.Groups["address"].Value));
        }
    }

    // [2026-11-22T04:22:10.735920] Deleted 1: lo    inet 192.0.2.10/32 scope global lo:0\ ...
    [GeneratedRegex(@"^\[(?<time>[^\]]+)\] (?<deleted>Deleted )?\d+: (?<device>\S+)\s+inet6? (?<address>\S+)")]
    private static partial Regex ChangeLine();
}
