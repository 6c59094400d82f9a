using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConfigAgent.Output.Json;

/// <summary>
/// How every JSON output and state file is written: a record serialized by its source-generated
/// <see cref="JsonTypeInfo{T}"/> (no reflection, safe for Native AOT), indented, non-ASCII kept
/// readable, and a final newline.
/// </summary>
public static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value, JsonTypeInfo<T> type) => Encoding.UTF8.GetString(WriteUtf8(value, type).Span);

    /// <summary>
    /// The same text as UTF-8, for a file: encoded once, straight into the bytes that are written.
    /// With a thousand resources a ledger or run report is a large object, and each copy of it
    /// (bytes to string, string plus newline, string back to bytes) costs time and fresh memory.
    /// </summary>
    /// <param name="sizeHint">The expected length, so the buffer is not regrown and copied on the way.</param>
    public static ReadOnlyMemory<byte> WriteUtf8<T>(T value, JsonTypeInfo<T> type, int sizeHint = 4096)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(sizeHint, 256));
        WriteUtf8(buffer, value, type);
        return buffer.WrittenMemory;
    }

    /// <summary>
    /// The same, appended to <paramref name="buffer"/>: a writer that lives long (the agent writes
    /// a report every run) keeps one buffer instead of a new large object each time.
    /// </summary>
    public static void WriteUtf8<T>(IBufferWriter<byte> buffer, T value, JsonTypeInfo<T> type)
    {
        WriteValue(buffer, value, type);
        buffer.Write("\n"u8);
    }

    /// <summary>The value alone, without the final newline (the agent's last-good state file has never had one).</summary>
    public static void WriteValue<T>(IBufferWriter<byte> buffer, T value, JsonTypeInfo<T> type)
    {
        // The writer, not the serializer's options, decides indentation and escaping: so the
        // source-generated serializer keeps its fast path and every file is written alike.
        using var json = new Utf8JsonWriter(buffer, Options);
        JsonSerializer.Serialize(json, value, type);
    }

    /// <summary>JSON written by hand, for the ledger until it has a record of its own (issue 14).</summary>
    public static ReadOnlyMemory<byte> WriteUtf8(Action<Utf8JsonWriter> write, int sizeHint = 4096)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(sizeHint, 256));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }
}
