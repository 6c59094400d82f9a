using System.Text.Json;
using ConfigAgent.HostAccess;
using ConfigAgent.Facts;

namespace ConfigAgent.Output.Facts;

/// <summary>Reads a facts file (docs/facts-json.md): what <c>--facts</c> and <c>--facts-dir</c> read.</summary>
public static class FactsJsonReader
{
    /// <summary>Parses a facts file; a malformed one throws <see cref="FormatException"/> naming the problem.</summary>
    public static HostFacts Read(string json)
    {
        try
        {
            var facts = JsonSerializer.Deserialize(json, FactsJsonContext.Default.HostFacts)
                ?? throw new FormatException("the facts file is empty (null)");
            if (facts.FormatVersion != HostFacts.CurrentFormatVersion)
            {
                throw new FormatException($"facts format version {facts.FormatVersion} is not supported (this ConfigAgent reads {HostFacts.CurrentFormatVersion})");
            }

            return WithEmptyCollections(facts);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new FormatException($"not a valid facts file{where}: {ErrorSentence.Of(ex)}", ex);
        }
    }

    // The source-generated reader sets init-only properties the file leaves out to null, not to
    // their initialisers: a facts file may leave out what the host does not have.
    private static HostFacts WithEmptyCollections(HostFacts facts) => facts with
    {
        Labels = facts.Labels ?? new Dictionary<string, string>(),
        Interfaces = [.. (facts.Interfaces ?? []).Select(i => i with { Addresses = i.Addresses ?? [] })],
        Settings = facts.Settings ?? new Dictionary<string, string?>(),
        Files = facts.Files ?? new Dictionary<string, FileFacts>(),
    };
}
