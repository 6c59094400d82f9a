using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConfigAgent.Planning;

/// <summary>How every JSON output and state file is written: indented, non-ASCII kept readable, a final newline.</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(WriteUtf8(write).Span);

    /// <summary>
    /// The same text as UTF-8, for a file: encoded once, straight into the bytes that are written.
    /// With a thousand resources a ledger or run report is a large object, and each copy of it
    /// (bytes to string, string plus newline, string back to bytes) costs time and fresh memory.
    /// </summary>
    /// <param name="sizeHint">The expected length, so the buffer is not regrown and copied on the way.</param>
    public static ReadOnlyMemory<byte> WriteUtf8(Action<Utf8JsonWriter> write, int sizeHint = 4096)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(sizeHint, 256));
        WriteUtf8(buffer, write);
        return buffer.WrittenMemory;
    }

    /// <summary>
    /// The same, appended to <paramref name="buffer"/>: a writer that lives long (the agent writes
    /// a report every run) keeps one buffer instead of a new large object each time.
    /// </summary>
    public static void WriteUtf8(IBufferWriter<byte> buffer, Action<Utf8JsonWriter> write)
    {
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        buffer.Write("\n"u8);
    }
}
