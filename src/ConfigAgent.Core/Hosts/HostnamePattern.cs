namespace ConfigAgent.Hosts;

/// <summary>
/// Hostname globs: <c>*</c> matches any run of characters, <c>?</c> one character; a leading
/// <c>!</c> turns a pattern into an exclusion. Matching ignores case, as DNS does.
/// </summary>
public static class HostnamePattern
{
    public static string? Problem(string pattern)
    {
        var body = pattern.StartsWith('!') ? pattern[1..] : pattern;
        if (body.Length is 0 or > 253)
        {
            return $"hostname pattern '{pattern}' must be 1 to 253 characters long";
        }

        if (!body.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '*' or '?'))
        {
            return $"hostname pattern '{pattern}' may hold letters, digits, '.', '-', '_' and the wildcards '*' and '?' only";
        }

        return null;
    }

    public static bool IsExclusion(string pattern) => pattern.StartsWith('!');

    public static bool Matches(string pattern, string hostname)
    {
        var body = IsExclusion(pattern) ? pattern[1..] : pattern;
        return Glob(body.ToLowerInvariant(), 0, hostname.ToLowerInvariant(), 0);
    }

    /// <summary>
    /// Whether some hostname matches both patterns (the glob intersection is not empty), so two
    /// documents could meet on one host. Exclusions are ignored: a conservative answer.
    /// </summary>
    public static bool MayOverlap(string a, string b)
    {
        a = (IsExclusion(a) ? a[1..] : a).ToLowerInvariant();
        b = (IsExclusion(b) ? b[1..] : b).ToLowerInvariant();
        var seen = new HashSet<(int, int)>();
        return Intersect(a, 0, b, 0, seen);
    }

    private static bool Glob(string pattern, int p, string text, int t)
    {
        // Iterative matcher with single-star backtracking: linear in practice, no regex.
        int star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool Intersect(string a, int i, string b, int j, HashSet<(int, int)> seen)
    {
        if (!seen.Add((i, j)))
        {
            return false;
        }

        if (i == a.Length && j == b.Length)
        {
            return true;
        }

        if (i < a.Length && a[i] == '*')
        {
            // The star matches nothing, or one more character of the other side.
            return Intersect(a, i + 1, b, j, seen) || (j < b.Length && Intersect(a, i, b, j + 1, seen));
        }

        if (j < b.Length && b[j] == '*')
        {
            return Intersect(a, i, b, j + 1, seen) || (i < a.Length && Intersect(a, i + 1, b, j, seen));
        }

        if (i == a.Length || j == b.Length)
        {
            return false;
        }

        return (a[i] == '?' || b[j] == '?' || a[i] == b[j]) && Intersect(a, i + 1, b, j + 1, seen);
    }
}
