using System.Text.Json;
using System.Text.RegularExpressions;
using ConfigAgent.IntegrationTests.Agent;
using ConfigAgent.IntegrationTests.Persistence;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// A host of the crash tests seen from outside: the loopback addresses and the sysctl the pool
/// documents change (read from the kernel), the boot artefacts under the root's /etc byte for
/// byte (temporary files apart), and the resource ids of the ledger.
/// </summary>
internal sealed partial record HostState(
    IReadOnlySet<string> Kernel,
    SortedDictionary<string, ArtefactEntry> Artefacts,
    IReadOnlySet<string> Owned,
    IReadOnlyList<string> Temporaries)
{
    public static HostState Read(AgentLab lab)
    {
        var kernel = lab.LoopbackAddresses().Select(a => a.ToString()).ToHashSet(StringComparer.Ordinal);
        kernel.Add("ip_nonlocal_bind=" + lab.Sysctl("net.ipv4.ip_nonlocal_bind"));
        var tree = ArtefactTree.Read(lab.Root + "/etc", excluded: "/configagent");
        var temporaries = tree.Keys.Where(IsTemporary).ToList();
        foreach (var temporary in temporaries)
        {
            tree.Remove(temporary);
        }

        return new HostState(kernel, tree, LedgerIds(lab.LedgerPath), temporaries);
    }

    /// <summary>A temporary file of an atomic write (.NAME.configagent-PID.tmp), which a kill may leave behind.</summary>
    public static bool IsTemporary(string path) => Temporary().IsMatch(Path.GetFileName(path));

    /// <summary>
    /// Every artefact is whole: byte for byte as one of the converged hosts has it (a file is
    /// replaced by a rename, so a kill leaves the old one or the new one, never a mix), or absent.
    /// </summary>
    public void AssertWhole(HostState one, HostState other)
    {
        foreach (var (path, entry) in Artefacts)
        {
            if (entry.Kind == "directory")
            {
                continue;
            }

            Assert.True(
                one.Artefacts.GetValueOrDefault(path) == entry || other.Artefacts.GetValueOrDefault(path) == entry,
                $"{path} is neither version of the file: {entry}");
        }
    }

    /// <summary>Whether the kernel and the artefacts are exactly as <paramref name="converged"/> has them, and the ledger owns the same resources.</summary>
    public void AssertSame(HostState converged)
    {
        Assert.Equal(converged.Kernel.Order(StringComparer.Ordinal), Kernel.Order(StringComparer.Ordinal));
        Assert.Equal(converged.Artefacts, Artefacts);
        Assert.Equal(converged.Owned.Order(StringComparer.Ordinal), Owned.Order(StringComparer.Ordinal));
    }

    /// <summary>How far a run from <paramref name="from"/> to <paramref name="to"/> got when it was killed and left this.</summary>
    public string Phase(HostState from, HostState to)
    {
        var kernelChanges = from.Kernel.Except(to.Kernel).Concat(to.Kernel.Except(from.Kernel)).ToList();
        var kernelDone = kernelChanges.Count(k => Kernel.Contains(k) == to.Kernel.Contains(k));
        var files = from.Artefacts.Keys.Union(to.Artefacts.Keys).Where(p => from.Artefacts.GetValueOrDefault(p) != to.Artefacts.GetValueOrDefault(p)).ToList();
        var filesDone = files.Count(p => Artefacts.GetValueOrDefault(p) == to.Artefacts.GetValueOrDefault(p));
        return (kernelDone, filesDone) switch
        {
            (0, 0) => Owned.SetEquals(from.Owned) ? "before the first write" : "ledger written ahead, nothing changed yet",
            (_, 0) when kernelDone < kernelChanges.Count => $"kernel changes, {kernelDone} of {kernelChanges.Count} made",
            (_, 0) => "kernel changes made, no boot file yet",
            _ when filesDone < files.Count => $"boot files, {filesDone} of {files.Count} written",
            _ => "every change made, the ledger settled or the process ending",
        };
    }

    private static IReadOnlySet<string> LedgerIds(string path)
    {
        if (!File.Exists(path))
        {
            return new HashSet<string>();
        }

        // Parsed as a whole: a ledger cut short by a kill fails here.
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\..+\.configagent-\d+\.(tmp|lnk)$")]
    private static partial Regex Temporary();
}
