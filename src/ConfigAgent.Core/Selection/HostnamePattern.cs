namespace ConfigAgent.Selection;

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

    /// <summary>
    /// Whether every hostname <paramref name="inner"/> matches also matches <paramref name="outer"/>
    /// (web-canary-* is covered by web-*). Exclusion marks are ignored.
    /// </summary>
    public static bool Covers(string outer, string inner)
    {
        outer = (IsExclusion(outer) ? outer[1..] : outer).ToLowerInvariant();
        inner = (IsExclusion(inner) ? inner[1..] : inner).ToLowerInvariant();
        return CoversFrom(outer, 0, inner, 0, []);
    }

    private static bool CoversFrom(string outer, int o, string inner, int i, HashSet<(int, int)> seen)
    {
        // The outer pattern is matched against the inner one as text, where an inner '*' can only
        // be matched by an outer '*' and an inner '?' by an outer '?' or '*'.
        if (!seen.Add((o, i)))
        {
            return false;
        }

        if (o == outer.Length)
        {
            return i == inner.Length;
        }

        if (outer[o] == '*')
        {
            return CoversFrom(outer, o + 1, inner, i, seen) || (i < inner.Length && CoversFrom(outer, o, inner, i + 1, seen));
        }

        if (i == inner.Length || inner[i] == '*')
        {
            return false;
        }

        return (outer[o] == '?' || outer[o] == inner[i]) && CoversFrom(outer, o + 1, inner, i + 1, seen);
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
