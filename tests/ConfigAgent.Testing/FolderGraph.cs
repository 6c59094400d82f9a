using System.Text.RegularExpressions;

namespace ConfigAgent.Testing;

/// <summary>
/// Which folder of a project uses which, read from its C# sources: a folder uses another when it
/// names a top-level type declared there (and only there). Comments and string literals do not
/// count. The same reading as tools-local/folder_deps.py, so the test and the tool agree.
/// </summary>
public sealed partial class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges;

    private FolderGraph(Dictionary<string, Dictionary<string, SortedSet<string>>> edges, IReadOnlyCollection<string> folders)
    {
        _edges = edges;
        Folders = folders;
    }

    public IReadOnlyCollection<string> Folders { get; }

    /// <summary>The graph of the project in <paramref name="directory"/> (bin and obj left out).</summary>
    public static FolderGraph Of(string directory) =>
        FromSources(Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(directory, f)))));

    /// <param name="sources">Each file's path relative to the project, and its text.</param>
    public static FolderGraph FromSources(IEnumerable<(string Path, string Text)> sources)
    {
        var files = sources.Select(s => (Folder: FolderOf(s.Path), Code: WithoutCommentsAndStrings(s.Text))).ToList();
        var declaredIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
        {
            foreach (Match declaration in Declaration().Matches(code))
            {
                (declaredIn.TryGetValue(declaration.Groups[1].Value, out var folders) ? folders : declaredIn[declaration.Groups[1].Value] = []).Add(folder);
            }
        }

        var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
        {
            foreach (var name in Identifier().Matches(code).Select(m => m.Value).Distinct())
            {
                if (declaredIn.TryGetValue(name, out var where) && where.Count == 1 && where.Single() is var target && target != folder)
                {
                    var from = edges.TryGetValue(folder, out var existing) ? existing : edges[folder] = new(StringComparer.Ordinal);
                    (from.TryGetValue(target, out var types) ? types : from[target] = new(StringComparer.Ordinal)).Add(name);
                }
            }
        }

        return new FolderGraph(edges, [.. files.Select(f => f.Folder).Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>The types of <paramref name="to"/> that <paramref name="from"/> names; empty when it uses none.</summary>
    public IReadOnlyCollection<string> Uses(string from, string to) =>
        _edges.GetValueOrDefault(from)?.GetValueOrDefault(to) ?? (IReadOnlyCollection<string>)[];

    /// <summary>Every set of folders that use each other round a circle (Tarjan's strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var folder in Folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return cycles;

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var next in _edges.GetValueOrDefault(folder)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[folder] = Math.Min(low[folder], index[next]);
                }
            }

            if (low[folder] == index[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != folder);

                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }
    }

    /// <summary>A cycle with the types that make each of its edges, for a failure message.</summary>
    public string Describe(IReadOnlyList<string> cycle) =>
        string.Join("; ", cycle.SelectMany(a => cycle.Where(b => Uses(a, b).Count > 0).Select(b => $"{a} -> {b} ({string.Join(", ", Uses(a, b))})")));

    private static string FolderOf(string path) => Path.GetDirectoryName(path)?.Replace('\\', '/') is { Length: > 0 } folder ? folder : ".";

    private static string WithoutCommentsAndStrings(string text) => Literal().Replace(text, m => m.Value.StartsWith('/') ? "" : "\"\"");

    [GeneratedRegex(@"^(?:public|internal)[^\n;=(]*?\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    // Comments, then strings (verbatim and regular) and character literals, whichever starts first.
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:""""|[^""])*""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    private static partial Regex Literal();
}
