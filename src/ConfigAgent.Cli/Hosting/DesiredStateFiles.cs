using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading;

namespace ConfigAgent.Cli.Hosting;

/// <summary>
/// The front of the pipeline for every command: the desired-state files and directories given,
/// read from disk, loaded and validated by one <see cref="DesiredStateReader"/>.
/// </summary>
internal static class DesiredStateFiles
{
    private static readonly DesiredStateReader Reader = new();

    /// <summary>The documents, and the files they were read from; every problem is in <paramref name="diagnostics"/>.</summary>
    public static (IReadOnlyList<SourceText> Files, DocumentSet Documents) Read(IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        var files = DocumentFiles.Read(paths, diagnostics);
        return (files, Reader.Read(files, diagnostics));
    }
}
