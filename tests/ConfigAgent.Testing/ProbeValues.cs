using System.Text.Json.Nodes;

namespace ConfigAgent.Testing;

/// <summary>The values the probes are made of: every character that a rule could treat apart, and odd shapes.</summary>
public static class ProbeValues
{
    /// <summary>
    /// Latin-1 and a little beyond, every other character .NET calls white space or control (the
    /// rules refuse those), and a few others that regular expressions like to get wrong.
    /// </summary>
    public static IReadOnlyList<char> Characters { get; } =
    [
        .. Enumerable.Range(0, 0x180).Select(i => (char)i)
            .Concat(Enumerable.Range(0x180, 0x10000 - 0x180).Select(i => (char)i)
                .Where(c => !char.IsSurrogate(c) && (char.IsWhiteSpace(c) || char.IsControl(c))))
            .Concat(['\u0300', '\u0800', '\u200B', '\u2060', '\u4E00', '\uAC00', '\uFEFF', '\uFFFD'])
            .Distinct(),
    ];

    /// <summary>JSON values that are not strings: what plain YAML scalars and collections become.</summary>
    public static IEnumerable<JsonNode?> NonStrings()
    {
        yield return null;
        yield return JsonValue.Create(0);
        yield return JsonValue.Create(17);
        yield return JsonValue.Create(-1);
        yield return JsonValue.Create(1.5);
        yield return JsonValue.Create(true);
        yield return JsonValue.Create(false);
        yield return new JsonArray();
        yield return new JsonArray("x");
        yield return new JsonObject();
    }

    /// <summary>One string per character of <see cref="Characters"/>, made by <paramref name="splice"/>.</summary>
    public static IEnumerable<string> Sweep(Func<char, string> splice) => Characters.Select(splice);

    public static JsonNode? Node(string text) => JsonValue.Create(text);
}
