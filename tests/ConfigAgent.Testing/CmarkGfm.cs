namespace ConfigAgent.Testing;

/// <summary>
/// GitHub's own markdown parser, cmark-gfm (Debian's cmark-gfm package, which .ci/run installs),
/// with the table extension GitHub turns on, and raw HTML kept (GitHub allows the plan's
/// <c>&lt;br&gt;</c> and <c>&lt;details&gt;</c>; kept, any other tag a value let in would show too).
/// </summary>
public static class CmarkGfm
{
    public static string? Executable { get; } = NodeTools.Find("cmark-gfm");

    /// <summary>Why the rendering checks cannot run here, or null when cmark-gfm is installed.</summary>
    public static string? MissingReason => Executable is null
        ? "cmark-gfm is not installed (not found on PATH; apt-get install cmark-gfm): the markdown plan is checked in the HTML it renders to"
        : null;

    /// <summary>The HTML cmark-gfm makes of <paramref name="markdown"/>; the caller skips first when <see cref="MissingReason"/> says so.</summary>
    public static async Task<string> RenderAsync(string markdown, CancellationToken cancellationToken)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, markdown, cancellationToken);
            var result = await NodeTools.RunAsync(Executable!, ["--extension", "table", "--unsafe", file], Path.GetTempPath(), cancellationToken);
            return result.ExitCode == 0 ? result.StandardOutput : throw new InvalidOperationException($"cmark-gfm failed: {result}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
