using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.HostAccess;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Loading;

/// <summary>Reads desired-state files; a directory stands for its YAML files (hidden ones aside), in name order, recursively.</summary>
public static class DocumentFiles
{
    public static IReadOnlyList<SourceText> Read(IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        var files = new List<SourceText>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // Hidden entries (.git, .github/workflows/*.yml) are never desired state.
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                    .Where(f => !Path.GetRelativePath(path, f).Split('/').Any(part => part.StartsWith('.')))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    diagnostics.Error(SourceSpan.None(path), "the directory holds no .yaml or .yml file");
                }

                foreach (var file in found)
                {
                    ReadFile(file, files, diagnostics);
                }
            }
            else
            {
                ReadFile(path, files, diagnostics);
            }
        }

        return files;
    }

    private static void ReadFile(string path, List<SourceText> files, DiagnosticBag diagnostics)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > YamlReadLimits.Default.MaxFileBytes)
            {
                diagnostics.Error(SourceSpan.None(path), $"the file is {length:N0} bytes long; the limit is {YamlReadLimits.Default.MaxFileBytes:N0}");
                return;
            }

            files.Add(new SourceText(path, File.ReadAllText(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceSpan.None(path), $"cannot read the file: {ErrorSentence.Of(ex, path)}");
        }
    }
}
