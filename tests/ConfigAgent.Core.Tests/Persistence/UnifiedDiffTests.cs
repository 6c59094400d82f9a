using ConfigAgent.Persistence;

namespace ConfigAgent.Core.Tests.Persistence;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void A_new_file_is_all_additions() =>
        Assert.Equal("--- /dev/null\n+++ /etc/x\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Create(null, "a\nb\n", "/etc/x"));

    [Fact]
    public void A_removed_file_is_all_deletions() =>
        Assert.Equal("--- /etc/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n", UnifiedDiff.Create("a\n", null, "/etc/x"));

    [Fact]
    public void A_changed_line_keeps_three_lines_of_context()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var after = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";

        Assert.Equal("--- f\n+++ f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n", UnifiedDiff.Create(before, after, "f"));
    }

    [Fact]
    public void Distant_changes_make_separate_hunks()
    {
        var before = string.Join("", Enumerable.Range(1, 20).Select(i => $"{i}\n"));
        var after = string.Join("", Enumerable.Range(1, 20).Select(i => i switch { 2 => "two\n", 19 => "nineteen\n", _ => $"{i}\n" }));

        var diff = UnifiedDiff.Create(before, after, "f");

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("-2\n+two\n", diff);
        Assert.Contains("-19\n+nineteen\n", diff);
    }

    [Fact]
    public void Equal_texts_have_no_hunk() => Assert.Equal("--- f\n+++ f\n", UnifiedDiff.Create("a\n", "a\n", "f"));
}
