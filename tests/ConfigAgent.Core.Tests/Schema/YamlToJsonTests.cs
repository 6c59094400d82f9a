using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Schema;

public sealed class YamlToJsonTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("-17", "-17")]
    [InlineData("+3", "3")]
    [InlineData("007", "7")]
    [InlineData("0o17", "15")]
    [InlineData("0x1F", "31")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("1.5", "1.5")]
    [InlineData("1.", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("-.5e3", "-0.5e3")]
    [InlineData("+1E-2", "1E-2")]
    [InlineData("true", "true")]
    [InlineData("False", "false")]
    [InlineData("TRUE", "true")]
    [InlineData("~", "null")]
    [InlineData("Null", "null")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("on", "\"on\"")]
    [InlineData(".inf", "\".inf\"")]
    [InlineData(".nan", "\".nan\"")]
    [InlineData("0b101", "\"0b101\"")]
    [InlineData("1_000", "\"1_000\"")]
    [InlineData("192.0.2.10", "\"192.0.2.10\"")]
    [InlineData("2001:db8::1", "\"2001:db8::1\"")]
    [InlineData("1:20", "\"1:20\"")]
    [InlineData("'1'", "\"1\"")]
    [InlineData("\"true\"", "\"true\"")]
    [InlineData("!!str 1", "\"1\"")]
    [InlineData("''", "\"\"")]
    public void Plain_scalars_are_typed_by_the_yaml_1_2_core_schema_and_quoted_ones_stay_strings(string scalar, string json)
    {
        var yaml = $"value: {scalar}\n";

        var document = YamlToJson.Convert(yaml).Single();

        Assert.Equal(json, document!["value"]?.ToJsonString() ?? "null");
    }

    [Fact]
    public void Block_scalars_are_strings_with_their_line_breaks()
    {
        var yaml = "literal: |\n  1\n  2\nfolded: >\n  a\n  b\n";

        var document = YamlToJson.Convert(yaml).Single()!;

        Assert.Equal("1\n2\n", (string?)document["literal"]);
        Assert.Equal("a b\n", (string?)document["folded"]);
    }

    [Fact]
    public void Every_document_of_a_file_becomes_one_json_value_and_an_empty_one_null()
    {
        var yaml = "version: 1\nhosts: [web-*]\n---\n- a\n- {b: [1, two]}\n---\n";

        var documents = YamlToJson.Convert(yaml);

        Assert.Equal(3, documents.Count);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"version": 1, "hosts": ["web-*"]}"""), documents[0]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["a", {"b": [1, "two"]}]"""), documents[1]));
        Assert.Null(documents[2]);
    }

    [Fact]
    public void Keys_keep_their_text_and_aliases_are_expanded()
    {
        var yaml = "1: &vip 192.0.2.10\ntrue: *vip\nnull: [*vip]\n";

        var document = YamlToJson.Convert(yaml).Single()!;

        Assert.Equal("""{"1":"192.0.2.10","true":"192.0.2.10","null":["192.0.2.10"]}""", document.ToJsonString());
    }

    [Fact]
    public void Yaml_the_product_refuses_is_refused_with_its_diagnostics()
    {
        var yaml = "a: 1\na: 2\n";

        var error = Assert.Throws<FormatException>(() => YamlToJson.Convert(yaml, "twice.yaml"));

        Assert.Contains("twice.yaml:2:1: error: duplicate key 'a'", error.Message, StringComparison.Ordinal);
    }
}
