namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// Deletes the lab namespaces a crashed test run left behind, once per process: only names
/// with the lab prefix, and only those whose lease no live process holds. Processes still
/// running inside one (a keepalived of the failover lab) are killed first.
/// </summary>
internal static class NamespaceSweep
{
    private const string NamespaceDirectory = "/run/netns";

    private static readonly Lazy<int> Swept = new(Sweep);

    public static int RunOnce() => Swept.Value;

    /// <summary>Removes the leftovers now; returns how many namespaces it deleted.</summary>
    public static int Sweep()
    {
        var removed = 0;
        if (Directory.Exists(NamespaceDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(NamespaceDirectory, NetworkNamespace.Prefix + "*"))
            {
                var name = Path.GetFileName(path);
                if (!NamespaceLease.IsHeld(name) && KillProcessesIn(name) && LabProcess.TryRun("ip", "netns", "delete", name))
                {
                    NamespaceLease.Remove(name);
                    removed++;
                }
            }
        }

        if (Directory.Exists(NamespaceLease.Directory))
        {
            foreach (var path in Directory.EnumerateFiles(NamespaceLease.Directory, NetworkNamespace.Prefix + "*.lock"))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (!File.Exists(Path.Combine(NamespaceDirectory, name)) && !NamespaceLease.IsHeld(name))
                {
                    NamespaceLease.Remove(name);
                }
            }
        }

        return removed;
    }

    private static bool KillProcessesIn(string name)
    {
        try
        {
            foreach (var pid in LabProcess.Run("ip", "netns", "pids", name).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                ProcessSignals.Send(int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture), ProcessSignals.SigKill);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or System.ComponentModel.Win32Exception)
        {
            // The namespace is deleted all the same; its processes keep it alive, unreachable.
        }

        return true;
    }
}
