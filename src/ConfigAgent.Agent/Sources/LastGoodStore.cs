using System.Buffers;
using System.Text.Json;
using ConfigAgent.Documents;
using ConfigAgent.HostAccess;
using ConfigAgent.Output.Json;
using ConfigAgent.Persistence;

namespace ConfigAgent.Agent.Sources;

/// <summary>
/// The last desired state that validated, kept in the state directory so that a restarted agent
/// with an invalid newest revision still converges to the last good one.
/// </summary>
public sealed class LastGoodStore(IFileSystem files, string stateDirectory)
{
    public string Path => $"{stateDirectory.TrimEnd('/')}/last-good-desired-state.json";

    public void Save(IReadOnlyList<SourceText> texts, string? commit)
    {
        var file = new LastGoodFile { Commit = commit, Files = [.. texts.Select(t => new LastGoodText(t.Path, t.Text))] };
        var buffer = new ArrayBufferWriter<byte>();
        JsonOutput.WriteValue(buffer, file, LastGoodJsonContext.Default.LastGoodFile);
        files.WriteAtomic(Path, buffer.WrittenSpan, FileModes.ReadWriteReadRead);
    }

    /// <summary>The saved files and their commit, or null when none were saved (or they cannot be read).</summary>
    public (IReadOnlyList<SourceText> Texts, string? Commit)? Load()
    {
        if (files.Observe(Path).Content is not { } content)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, LastGoodJsonContext.Default.LastGoodFile) is { } file
                ? ([.. file.Files.Select(f => new SourceText(f.Path, f.Text))], file.Commit)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
