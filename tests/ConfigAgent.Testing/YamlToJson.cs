using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConfigAgent.Diagnostics;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Testing;

/// <summary>
/// Turns YAML into JSON through the product's own reader (<see cref="YamlSourceReader"/>), so a
/// JSON Schema validator sees exactly the tree the binder sees. Plain scalars are typed by the
/// YAML 1.2 core schema, as YAML editors do: ints, floats, booleans and nulls become JSON numbers,
/// booleans and null; quoted and block scalars stay strings. Mapping keys are their text.
/// </summary>
public static partial class YamlToJson
{
    /// <summary>One JSON value per YAML document of <paramref name="yaml"/>; null for an empty document.</summary>
    /// <exception cref="FormatException">The text is not YAML the product reads (syntax errors, tags, merge keys...).</exception>
    public static IReadOnlyList<JsonNode?> Convert(string yaml, string file = "document.yaml")
    {
        var diagnostics = new DiagnosticBag();
        var documents = new YamlSourceReader().Read(file, yaml, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new FormatException("The YAML reader refused the text:\n" + string.Join('\n', diagnostics.Sorted()));
        }

        return [.. documents.Select(d => Convert(d.Root))];
    }

    public static JsonNode? Convert(SourceNode? node) => node switch
    {
        null => null,
        SourceScalar scalar => Scalar(scalar),
        SourceSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        SourceMapping mapping => Mapping(mapping),
        _ => throw new ArgumentException($"Unknown node type {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>
    /// A scalar as the YAML 1.2 core schema types it. <c>.inf</c> and <c>.nan</c> are floats in
    /// YAML but have no JSON form: they stay strings.
    /// </summary>
    public static JsonNode? Scalar(SourceScalar scalar)
    {
        if (scalar.IsQuoted)
        {
            return JsonValue.Create(scalar.Value);
        }

        var text = scalar.Value;
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (DecimalInteger().IsMatch(text))
        {
            return Number(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        if (OctalInteger().IsMatch(text))
        {
            var value = text[2..].Aggregate(BigInteger.Zero, (total, digit) => (total * 8) + (digit - '0'));
            return Number(value.ToString(CultureInfo.InvariantCulture));
        }

        if (HexInteger().IsMatch(text))
        {
            return Number(BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        return FloatNumber().Match(text) is { Success: true } match ? Number(JsonFloat(match)) : JsonValue.Create(text);
    }

    private static JsonObject Mapping(SourceMapping mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Entries)
        {
            result[key.Value] = Convert(value);
        }

        return result;
    }

    // YAML allows "+1.", ".5" and "1e3"; JSON wants "1", "0.5" and "1e3". The digits are kept as
    // written, so no precision is lost on the way.
    private static string JsonFloat(Match match)
    {
        var sign = match.Groups["sign"].Value == "-" ? "-" : "";
        var integer = match.Groups["int"].Value.TrimStart('0');
        var fraction = match.Groups["frac"].Value;
        var exponent = match.Groups["exp"].Value;
        return $"{sign}{(integer.Length == 0 ? "0" : integer)}{(fraction.Length == 0 ? "" : "." + fraction)}{exponent}";
    }

    private static JsonNode Number(string json) => JsonNode.Parse(json)!;

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInteger();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"^(?<sign>[-+]?)(?:\.(?<frac>[0-9]+)|(?<int>[0-9]+)(?:\.(?<frac>[0-9]*))?)(?<exp>[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatNumber();
}
