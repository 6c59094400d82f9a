using System.Globalization;
using System.Text.RegularExpressions;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// The Prometheus text exposition format, checked line by line as node_exporter's textfile
/// collector needs it: HELP and TYPE comments, then samples `name{label="value",...} value`,
/// every sample of a family declared by a TYPE line before it.
/// </summary>
internal sealed partial class PrometheusText
{
    private static readonly string[] KnownTypes = ["counter", "gauge", "histogram", "summary", "untyped"];

    private PrometheusText(IReadOnlyDictionary<string, string> types, IReadOnlyDictionary<string, double> samples)
    {
        Types = types;
        Samples = samples;
    }

    /// <summary>Metric name to its TYPE.</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    /// <summary>Series (name and labels as written) to value.</summary>
    public IReadOnlyDictionary<string, double> Samples { get; }

    public static PrometheusText Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text[..^1].Split('\n'))
        {
            if (Help().Match(line) is { Success: true })
            {
                continue;
            }

            if (Type().Match(line) is { Success: true } type)
            {
                Assert.Contains(type.Groups["type"].Value, KnownTypes);
                Assert.True(types.TryAdd(type.Groups["name"].Value, type.Groups["type"].Value), $"a second TYPE line: {line}");
                continue;
            }

            var sample = Sample().Match(line);
            Assert.True(sample.Success, $"not a HELP, TYPE or sample line: '{line}'");
            Assert.True(types.ContainsKey(sample.Groups["name"].Value), $"a sample before its TYPE line: {line}");
            Assert.True(double.TryParse(sample.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), $"not a number: {line}");
            Assert.True(samples.TryAdd(sample.Groups["series"].Value, value), $"a series twice: {line}");
        }

        return new PrometheusText(types, samples);
    }

    public double this[string series] =>
        Samples.TryGetValue(series, out var value) ? value : throw new KeyNotFoundException($"no series {series} in: {string.Join(", ", Samples.Keys)}");

    /// <summary>The sum over every series of one metric (all labels).</summary>
    public double Sum(string name) => Samples.Where(s => s.Key == name || s.Key.StartsWith(name + "{", StringComparison.Ordinal)).Sum(s => s.Value);

    [GeneratedRegex(@"^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* \S.*$")]
    private static partial Regex Help();

    [GeneratedRegex(@"^# TYPE (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*) (?<type>\w+)$")]
    private static partial Regex Type();

    [GeneratedRegex(@"^(?<series>(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*=""(\\.|[^""\\])*""(,[a-zA-Z_][a-zA-Z0-9_]*=""(\\.|[^""\\])*"")*\})?) (?<value>[^ ]+)( -?\d+)?$")]
    private static partial Regex Sample();
}
