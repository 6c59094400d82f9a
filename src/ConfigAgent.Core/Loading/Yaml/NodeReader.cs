using System.Globalization;
using ConfigAgent.Diagnostics;

namespace ConfigAgent.Loading.Yaml;

/// <summary>
/// Typed reads of YAML nodes. Every failed read reports "expected X, found Y" at the node and
/// returns null, so binding goes on and every problem of a file is reported at once.
/// </summary>
public sealed class NodeReader(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public void Error(SourceNode node, string message) => Diagnostics.Error(node.Span, message);

    public string? String(SourceNode node, string what, bool multiline = false)
    {
        if (node is SourceScalar { IsNull: false } scalar)
        {
            if (scalar.Value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\t')))
            {
                Error(node, $"{what} contains a control character (a newline?)");
                return null;
            }

            return scalar.Value;
        }

        Error(node, $"{what}: expected a string, found {Describe(node)}");
        return null;
    }

    public int? Integer(SourceNode node, string what, int min, int max)
    {
        if (node is SourceScalar { IsQuoted: false, IsNull: false } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                Error(node, $"{what} must be between {min} and {max}, found {value}");
                return null;
            }

            return value;
        }

        Error(node, $"{what}: expected an integer, found {Describe(node)}");
        return null;
    }

    public bool? Boolean(SourceNode node, string what)
    {
        if (node is SourceScalar { IsQuoted: false } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
                case "yes" or "no" or "on" or "off" or "Yes" or "No" or "On" or "Off" or "y" or "n":
                    Error(node, $"{what}: '{scalar.Value}' is a boolean only in YAML 1.1: write true or false");
                    return null;
            }
        }

        Error(node, $"{what}: expected true or false, found {Describe(node)}");
        return null;
    }

    /// <summary>One of a fixed set of words, with a suggestion for a near miss.</summary>
    public T? Choice<T>(SourceNode node, string what, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = String(node, what);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Error(node, $"{what}: unknown value '{text}' (expected one of: {string.Join(", ", choices.Keys)}){DidYouMean.Hint(text, choices.Keys)}");
        return null;
    }

    public SourceSequence? Sequence(SourceNode node, string what)
    {
        if (node is SourceSequence sequence)
        {
            return sequence;
        }

        Error(node, $"{what}: expected a sequence (a list of '- ' items), found {Describe(node)}");
        return null;
    }

    /// <summary>Opens a mapping, reporting keys outside <paramref name="keys"/> with a suggestion.</summary>
    public SourceMapping? Mapping(SourceNode node, string what, IReadOnlyCollection<string> keys)
    {
        if (node is not SourceMapping mapping)
        {
            Error(node, $"{what}: expected a mapping (key: value), found {Describe(node)}");
            return null;
        }

        foreach (var (key, _) in mapping.Entries)
        {
            if (!keys.Contains(key.Value))
            {
                Diagnostics.Error(key.Span, $"unknown key '{key.Value}' in {what}{DidYouMean.Hint(key.Value, keys)}");
            }
        }

        return mapping;
    }

    public static string Describe(SourceNode node) => node switch
    {
        SourceScalar { IsNull: true } => "nothing (null)",
        SourceScalar { IsQuoted: true } s => $"the string \"{Shorten(s.Value)}\"",
        SourceScalar s => $"'{Shorten(s.Value)}'",
        _ => node.KindName,
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
