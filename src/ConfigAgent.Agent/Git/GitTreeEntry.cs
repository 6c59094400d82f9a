using System.Globalization;

namespace ConfigAgent.Agent.Git;

/// <summary>One line of <c>git ls-tree -r -z -l</c>: a file's mode, object type, id, size and path.</summary>
internal sealed record GitTreeEntry(string Mode, string Type, string Id, long Size, string Path)
{
    public bool IsRegularFile => Type == "blob" && Mode is "100644" or "100755";

    public static GitTreeEntry Parse(string line)
    {
        // "<mode> SP <type> SP <id> SP+ <size> TAB <path>": the path is the only field that may hold spaces.
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var fields = line[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var size = long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : 0;
        return new GitTreeEntry(fields[0], fields[1], fields[2], size, line[(tab + 1)..]);
    }
}
