namespace ConfigAgent.Loading.Yaml;

/// <summary>Suggests the closest known word for a misspelt key (edit distance, with transpositions).</summary>
public static class DidYouMean
{
    public static string? Suggest(string unknown, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Close enough to be a typo: at most a third of the word, and never more than 3 edits.
        var allowed = Math.Min(3, Math.Max(1, unknown.Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Appends "; did you mean 'x'?" when there is a close candidate.</summary>
    public static string Hint(string unknown, IEnumerable<string> candidates) =>
        Suggest(unknown, candidates) is { } suggestion ? $"; did you mean '{suggestion}'?" : "";

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions ("lables").
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
