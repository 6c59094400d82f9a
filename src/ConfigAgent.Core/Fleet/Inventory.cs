using ConfigAgent.HostAccess;
using ConfigAgent.Output.Facts;

namespace ConfigAgent.Fleet;

/// <summary>
/// A facts directory read as an inventory: every <c>*.json</c> file in it (not below it) is one
/// host, recorded by <c>configagent facts</c>. Hosts come in hostname order, so every summary of
/// a fleet lists them the same way whatever the file system returns.
/// </summary>
public static class Inventory
{
    public static IReadOnlyList<InventoryHost> Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the facts directory {directory} does not exist");
        }

        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            // An empty inventory would make a pull-request check pass while planning nothing.
            throw new IOException($"the facts directory {directory} holds no *.json facts file");
        }

        var hosts = new InventoryHost[files.Length];
        Parallel.For(0, files.Length, i => hosts[i] = ReadHost(files[i]));
        return Deduplicate(hosts.OrderBy(h => h.Hostname, StringComparer.OrdinalIgnoreCase).ThenBy(h => h.File, StringComparer.Ordinal));
    }

    private static InventoryHost ReadHost(string file)
    {
        try
        {
            return new InventoryHost(file, FactsJsonReader.Read(File.ReadAllText(file)), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return new InventoryHost(file, null, $"{file}: cannot read the facts: {ErrorSentence.Of(ex, file)}");
        }
    }

    private static List<InventoryHost> Deduplicate(IEnumerable<InventoryHost> hosts)
    {
        // Two files for one hostname would give the host two plans: the second is an error.
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<InventoryHost>();
        foreach (var host in hosts)
        {
            if (host.Facts is not null && !seen.TryAdd(host.Hostname, host.File))
            {
                result.Add(host with { Facts = null, Error = $"{host.File}: host '{host.Hostname}' is already recorded in {seen[host.Hostname]}" });
                continue;
            }

            result.Add(host);
        }

        return result;
    }
}
