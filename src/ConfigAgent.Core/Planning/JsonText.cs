using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConfigAgent.Planning;

/// <summary>How every JSON output of the CLI is written: indented, non-ASCII kept readable, a final newline.</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
