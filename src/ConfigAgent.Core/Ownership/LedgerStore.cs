using System.Text.Json;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Output.Json;

namespace ConfigAgent.Ownership;

/// <summary>
/// The ledger on disk: <c>ledger.json</c> in the state directory, written atomically (temporary
/// file, fsync, rename, fsync of the directory), so a crash leaves the old ledger or the new one.
/// </summary>
public sealed class LedgerStore(IFileSystem files, string stateDirectory)
{
    public const string FormatName = "configagent-ledger";
    public const int FormatVersion = 1;

    private const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public string Path { get; } = stateDirectory.TrimEnd('/') + "/ledger.json";

    /// <summary>The ledger, empty when there is none yet; throws <see cref="LedgerCorruptException"/> when it cannot be read.</summary>
    public Ledger Load()
    {
        var file = files.Observe(Path);
        if (!file.Exists)
        {
            return Ledger.Empty;
        }

        if (file.Content is not { } content)
        {
            throw new LedgerCorruptException(Path, "it is not a regular file");
        }

        try
        {
            using var json = JsonDocument.Parse(content);
            var root = json.RootElement;
            if (root.GetProperty("format").GetString() != FormatName)
            {
                throw new LedgerCorruptException(Path, $"it is not a {FormatName} file");
            }

            var version = root.GetProperty("version").GetInt32();
            if (version != FormatVersion)
            {
                throw new LedgerCorruptException(Path, $"format version {version} is not supported (this ConfigAgent reads {FormatVersion})");
            }

            var entries = new List<LedgerEntry>();
            foreach (var entry in root.GetProperty("entries").EnumerateArray())
            {
                var data = entry.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
                var id = entry.GetProperty("id").GetString() ?? throw new LedgerCorruptException(Path, "an entry has no id");
                if (!id.Contains(':', StringComparison.Ordinal))
                {
                    throw new LedgerCorruptException(Path, $"'{id}' is not a resource id");
                }

                entries.Add(LedgerEntry.Read(new ResourceId(id), data, entry.GetProperty("recorded_at").GetDateTimeOffset()));
            }

            return new Ledger(entries);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new LedgerCorruptException(Path, ErrorSentence.Of(ex), ex);
        }
    }

    public void Save(Ledger ledger) => files.WriteAtomic(Path, JsonOutput.WriteUtf8(json => Write(json, ledger), ledger.Entries.Count * 256).Span, Mode);

    private static void Write(Utf8JsonWriter json, Ledger ledger)
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        json.WriteStartArray("entries");
        foreach (var entry in ledger.Entries)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Id.Value);
            json.WriteString("recorded_at", entry.RecordedAt);
            json.WriteStartObject("data");
            foreach (var (key, value) in entry.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
