using System.Globalization;
using ConfigAgent.IntegrationTests.Dsr;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Cli;

/// <summary>
/// The Native AOT binary's start-up constructor (src/ConfigAgent.Cli/Native/startup_memory.c) asks
/// the kernel for 2 MiB pages for the memory the runtime fills before main: seen on a live process
/// in the flags of its mappings. Runs against the published binary (.ci/run's second pass).
/// </summary>
public sealed class NativeStartupMemoryTests : IDisposable
{
    private const long Mebibyte = 1024 * 1024;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly NetworkNamespace? _ns;
    private readonly string _work = Directory.CreateTempSubdirectory("configagent-startup-").FullName;

    public NativeStartupMemoryTests()
    {
        LabGuard.RequireNamespaces();
        if (!CliInNamespace.IsPublishedExecutable || File.Exists(Path.Combine(Path.GetDirectoryName(CliInNamespace.Executable)!, "configagent.dll")))
        {
            Assert.Skip("runs against the published Native AOT binary (CONFIGAGENT_EXECUTABLE, as .ci/run's second pass sets it): the JIT build has no start-up constructor");
        }

        if (File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]", StringComparison.Ordinal))
        {
            Assert.Skip("transparent huge pages are off on this kernel: the advice is accepted and ignored");
        }

        _ns = new NetworkNamespace();
        _ns.Ip("link", "set", "lo", "up");
    }

    public void Dispose()
    {
        _ns?.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public void The_memory_the_runtime_fills_at_start_up_is_advised_for_huge_pages()
    {
        var document = Path.Combine(_work, "realserver.yaml");
        File.WriteAllText(document, DsrDocuments.RealServer);

        // A pause after each step keeps the process alive long enough to look at it.
        using var apply = ConfigAgentProcess.Start(_ns!, ["apply", document, "--root", Path.Combine(_work, "root"), "--step-delay", "3000"]);
        Wait.Until(() => _ns!.Run(() => File.ReadAllText("/proc/sys/net/ipv4/conf/all/arp_ignore").Trim()) == "1" || apply.HasExited, Timeout, "the apply makes its first step");
        Assert.False(apply.HasExited, "the apply ended before its mappings could be read");

        var mappings = Mapping.Read(apply.Id);
        var executable = new FileInfo(CliInNamespace.Executable).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? CliInNamespace.Executable;
        var imageEnd = mappings.Where(m => m.Path == executable).Max(m => m.End);

        // The loader maps the executable's zero-initialised data (.bss, .hydrated) as anonymous
        // memory right after its file; the advised part of it starts at the next 2 MiB boundary.
        var advised = mappings.Where(m => m.Path is null && m.Start >= imageEnd && m.Start < imageEnd + (8 * Mebibyte) && m.Flags.Contains("hg")).ToList();
        Assert.True(advised.Count > 0, "no mapping after the executable is advised for huge pages (VmFlags hg):\n" + string.Join('\n', mappings.Where(m => m.Start >= imageEnd && m.Start < imageEnd + (8 * Mebibyte))));
        Assert.All(advised, m => Assert.Equal(0, m.Start % (2 * Mebibyte)));
    }

    private sealed record Mapping(long Start, long End, string? Path, IReadOnlyList<string> Flags)
    {
        public static IReadOnlyList<Mapping> Read(int pid)
        {
            var mappings = new List<Mapping>();
            (long Start, long End, string? Path)? current = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
            {
                if (line.StartsWith("VmFlags:", StringComparison.Ordinal) && current is { } open)
                {
                    mappings.Add(new Mapping(open.Start, open.End, open.Path, line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                    current = null;
                }
                else if (IsHeader(line))
                {
                    var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                    var range = fields[0].Split('-');
                    var path = fields.Length == 6 && fields[5].StartsWith('/') ? fields[5].Trim() : null;
                    current = (long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), path);
                }
            }

            return mappings;
        }

        public override string ToString() => $"{Start:x}-{End:x} {Path ?? "(anonymous)"} {string.Join(' ', Flags)}";

        // "55ee33c00000-55ee34000000 rw-p 00000000 00:00 0   [path]": a range, then permissions.
        private static bool IsHeader(string line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            return dash > 0 && space > dash && line[..dash].All(char.IsAsciiHexDigit) && line[(dash + 1)..space].All(char.IsAsciiHexDigit);
        }
    }
}
