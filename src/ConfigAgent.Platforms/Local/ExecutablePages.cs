using System.Globalization;
using System.Runtime.Versioning;
using ConfigAgent.Platforms.Linux.Interop;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// The pages of configagent's own executable that start-up mapped and a long-running agent does
/// not use again. Native AOT reads its compressed type data (3-4 MiB of the read-only data) once,
/// before main, and the kernel maps the code and data around every page touched in 64 KiB
/// windows: after start-up nearly the whole 16 MiB binary is resident in the agent, though a run
/// touches a fraction of it.
/// </summary>
[SupportedOSPlatform("linux")]
public static class ExecutablePages
{
    /// <summary>
    /// Unmaps the executable's read-only file pages (MADV_DONTNEED): what a later run touches is
    /// mapped again from the page cache, without I/O. Only mappings with no private copy of a page
    /// (no "Anonymous" pages in smaps) are advised, so nothing written by the loader is lost.
    /// Returns the resident KiB that were unmapped; 0 where there is nothing to do.
    /// </summary>
    public static long ReleaseStartupPages()
    {
        string executable;
        try
        {
            executable = File.ResolveLinkTarget("/proc/self/exe", returnFinalTarget: false)?.FullName ?? "";
        }
        catch (IOException)
        {
            return 0;
        }

        long released = 0;
        foreach (var mapping in Mappings())
        {
            if (mapping.Path == executable && !mapping.Writable && mapping.AnonymousKiB == 0 && mapping.ResidentKiB > 0
                && Libc.madvise((nint)mapping.Start, (nuint)(mapping.End - mapping.Start), Libc.MADV_DONTNEED) == 0)
            {
                released += mapping.ResidentKiB;
            }
        }

        return released;
    }

    private static List<Mapping> Mappings()
    {
        var mappings = new List<Mapping>();
        Mapping? current = null;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].IndexOf('-', StringComparison.Ordinal) is var dash and > 0 && !fields[0].EndsWith(':'))
            {
                // 7f..-7f.. r-xp 00020000 fe:00 11657243   /usr/local/bin/configagent
                current = new Mapping(
                    long.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    long.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    fields[1].Contains('w', StringComparison.Ordinal),
                    fields.Length == 6 ? fields[5].Trim() : null);
                mappings.Add(current);
            }
            else if (current is not null && fields.Length >= 2 && fields[0] is "Rss:" or "Anonymous:")
            {
                var kib = long.Parse(fields[1], CultureInfo.InvariantCulture);
                if (fields[0] == "Rss:")
                {
                    current.ResidentKiB = kib;
                }
                else
                {
                    current.AnonymousKiB = kib;
                }
            }
        }

        return mappings;
    }

    private sealed class Mapping(long start, long end, bool writable, string? path)
    {
        public long Start { get; } = start;

        public long End { get; } = end;

        public bool Writable { get; } = writable;

        public string? Path { get; } = path;

        public long ResidentKiB { get; set; }

        public long AnonymousKiB { get; set; }
    }
}
