using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfigAgent.Documents;
using ConfigAgent.HostAccess;
using ConfigAgent.Persistence;

namespace ConfigAgent.Agent.Runs;

/// <summary>
/// The last desired state that validated, kept in the state directory so that a restarted agent
/// with an invalid newest revision still converges to the last good one.
/// </summary>
public sealed class LastGoodStore(IFileSystem files, string stateDirectory)
{
    public string Path => $"{stateDirectory.TrimEnd('/')}/last-good-desired-state.json";

    public void Save(IReadOnlyList<SourceText> texts, string? commit)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", "configagent-last-good");
            json.WriteNumber("version", 1);
            if (commit is not null)
            {
                json.WriteString("commit", commit);
            }

            json.WriteStartArray("files");
            foreach (var text in texts)
            {
                json.WriteStartObject();
                json.WriteString("path", text.Path);
                json.WriteString("text", text.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        files.WriteAtomic(Path, Encoding.UTF8.GetString(buffer.ToArray()), FileModes.ReadWriteReadRead);
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
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            var texts = root.GetProperty("files").EnumerateArray()
                .Select(f => new SourceText(f.GetProperty("path").GetString()!, f.GetProperty("text").GetString()!))
                .ToList();
            return (texts, root.TryGetProperty("commit", out var commit) ? commit.GetString() : null);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
