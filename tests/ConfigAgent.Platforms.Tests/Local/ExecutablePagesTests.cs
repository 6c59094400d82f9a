using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Platforms.Tests.Local;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ExecutablePagesTests
{
    [Fact]
    public void The_executable_s_read_only_pages_are_unmapped()
    {
        var before = ResidentReadOnlyKiB();
        Assert.True(before > 0, "the test host's executable has no resident read-only pages to give back");

        var released = ExecutablePages.ReleaseStartupPages();

        Assert.InRange(released, 1, before);
        Assert.True(ResidentReadOnlyKiB() < before, "the executable's read-only pages are still all resident");
    }

    // The test host's own executable (dotnet or testhost), its read-only mappings without private pages.
    private static long ResidentReadOnlyKiB()
    {
        var executable = File.ResolveLinkTarget("/proc/self/exe", returnFinalTarget: false)!.FullName;
        long total = 0;
        var counting = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                counting = fields.Length == 6 && fields[5].Trim() == executable && !fields[1].Contains('w', StringComparison.Ordinal);
            }
            else if (counting && fields[0] == "Rss:")
            {
                total += long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}
