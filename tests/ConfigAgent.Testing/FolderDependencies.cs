using System.Text.RegularExpressions;

namespace ConfigAgent.Testing;

/// <summary>
/// Which folder of a C# source tree uses which, read from the source the way
/// tools-local/folder_deps.py reads it: a folder depends on another when its code (comments and
/// string literals aside) names a top-level type declared there, and only there.
/// </summary>
public sealed partial class FolderDependencies
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges;

    private FolderDependencies(IReadOnlyCollection<string> folders, Dictionary<string, Dictionary<string, SortedSet<string>>> edges)
    {
        Folders = folders;
        _edges = edges;
    }

    /// <summary>Every folder that holds a source file, relative to the root (<c>.</c> for the root itself).</summary>
    public IReadOnlyCollection<string> Folders { get; }

    public static FolderDependencies Read(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(f => (Folder: Path.GetRelativePath(root, Path.GetDirectoryName(f)!), Code: Code(File.ReadAllText(f))))
            .ToList();
        var declaredIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
        {
            foreach (Match declaration in TopLevelType().Matches(code))
            {
                var name = declaration.Groups[1].Value;
                (declaredIn.TryGetValue(name, out var folders) ? folders : declaredIn[name] = new(StringComparer.Ordinal)).Add(folder);
            }
        }

        var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
        {
            foreach (var name in Identifier().Matches(code).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                // A name declared in two folders says nothing about which one is meant.
                if (declaredIn.TryGetValue(name, out var owners) && owners.Count == 1 && owners.Single() is var owner && owner != folder)
                {
                    var targets = edges.TryGetValue(folder, out var found) ? found : edges[folder] = new(StringComparer.Ordinal);
                    (targets.TryGetValue(owner, out var types) ? types : targets[owner] = new(StringComparer.Ordinal)).Add(name);
                }
            }
        }

        return new FolderDependencies([.. files.Select(f => f.Folder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], edges);
    }

    /// <summary>The types of <paramref name="to"/> that <paramref name="from"/> names; empty when it names none.</summary>
    public IReadOnlyCollection<string> TypesUsed(string from, string to) =>
        _edges.GetValueOrDefault(from)?.GetValueOrDefault(to) ?? (IReadOnlyCollection<string>)[];

    /// <summary>The groups of folders that reach each other (strongly connected components of more than one folder).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);

        // Tarjan's algorithm; a source tree has a few dozen folders, so recursion is fine.
        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var next in _edges.GetValueOrDefault(folder)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (onStack.Contains(next))
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
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != folder);

                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var folder in Folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return cycles;
    }

    /// <summary>A cycle's edges with the types behind each, for a failure message: <c>Ownership -&gt; Planning [JsonText]</c>.</summary>
    public string Describe(IReadOnlyList<string> cycle) =>
        string.Join("\n", cycle.SelectMany(from => cycle
            .Where(to => TypesUsed(from, to).Count > 0)
            .Select(to => $"  {from} -> {to} [{string.Join(", ", TypesUsed(from, to))}]")));

    // Comments first (a URL in a string is cut short with them, as in folder_deps.py), then string literals.
    private static string Code(string source) => StringLiteral().Replace(BlockComment().Replace(LineComment().Replace(source, ""), ""), "\"\"");

    [GeneratedRegex(@"^(?:public|internal)[^\n;=(]*?\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex("//.*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"""(?:\\.|[^""\\])*""")]
    private static partial Regex StringLiteral();
}
