using System.Text;

namespace ConfigAgent.Persistence;

/// <summary>A line-based unified diff (Myers' algorithm), as `diff -u` prints it, for file changes in plans.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string? before, string? after, string path)
    {
        var a = Lines(before);
        var b = Lines(after);
        var edits = Edits(a, b);
        var text = new StringBuilder();
        text.Append(before is null ? "--- /dev/null\n" : $"--- {path}\n");
        text.Append(after is null ? "+++ /dev/null\n" : $"+++ {path}\n");
        foreach (var hunk in Hunks(edits))
        {
            var aStart = hunk.First().A;
            var bStart = hunk.First().B;
            var aCount = hunk.Count(e => e.Kind != '+');
            var bCount = hunk.Count(e => e.Kind != '-');
            text.Append($"@@ -{Range(aStart, aCount)} +{Range(bStart, bCount)} @@\n");
            foreach (var edit in hunk)
            {
                text.Append(edit.Kind).Append(edit.Line).Append('\n');
            }
        }

        if (before is not null && after is not null && before.Length > 0 && after.Length > 0 && before.EndsWith('\n') != after.EndsWith('\n'))
        {
            text.Append("\\ the files differ in their final newline\n");
        }

        return text.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.TrimEnd('\n').Split('\n');

    private readonly record struct Edit(char Kind, string Line, int A, int B);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        // Myers' O((N+M)D) shortest edit script, with the trace kept to walk it back.
        var max = a.Length + b.Length;
        var v = new int[(2 * max) + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= a.Length && y >= b.Length)
                {
                    return Backtrack(a, b, trace, max, d);
                }
            }
        }

        return [];
    }

    private static List<Edit> Backtrack(string[] a, string[] b, List<int[]> trace, int max, int depth)
    {
        var edits = new List<Edit>();
        int x = a.Length, y = b.Length;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
            var previousX = v[max + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                edits.Add(new Edit(' ', a[x - 1], x - 1, y - 1));
                x--;
                y--;
            }

            edits.Add(x == previousX ? new Edit('+', b[y - 1], x, y - 1) : new Edit('-', a[x - 1], x - 1, y));
            x = previousX;
            y = previousY;
        }

        while (x > 0 && y > 0)
        {
            edits.Add(new Edit(' ', a[x - 1], x - 1, y - 1));
            x--;
            y--;
        }

        edits.Reverse();
        return edits;
    }

    private static IEnumerable<List<Edit>> Hunks(List<Edit> edits)
    {
        var changed = edits.Select((e, i) => (e, i)).Where(p => p.e.Kind != ' ').Select(p => p.i).ToList();
        var index = 0;
        while (index < changed.Count)
        {
            var start = Math.Max(0, changed[index] - Context);
            var end = changed[index];
            while (index + 1 < changed.Count && changed[index + 1] - end <= 2 * Context)
            {
                end = changed[++index];
            }

            index++;
            yield return edits.GetRange(start, Math.Min(edits.Count, end + Context + 1) - start);
        }
    }
}
