using ConfigAgent.Diagnostics;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Core.Tests.Loading.Yaml;

public sealed class YamlSourceReaderTests
{
    private static (IReadOnlyList<SourceDocument> Documents, DiagnosticBag Diagnostics) Read(string yaml, YamlReadLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new YamlSourceReader(limits ?? YamlReadLimits.Default).Read("f.yaml", yaml, diagnostics);
        return (documents, diagnostics);
    }

    [Fact]
    public void Every_node_keeps_its_line_and_column()
    {
        var (documents, diagnostics) = Read("version: 1\nloopback_vips:\n  - 192.0.2.10\n  - address: 2001:db8::1\n");

        Assert.Empty(diagnostics.Items);
        var root = Assert.IsType<SourceMapping>(documents.Single().Root);
        var vips = Assert.IsType<SourceSequence>(root["loopback_vips"]);
        Assert.Equal(new SourceSpan("f.yaml", 2, 1), root.Entries[1].Key.Span);
        Assert.Equal(new SourceSpan("f.yaml", 3, 5), vips.Items[0].Span);
        var second = Assert.IsType<SourceMapping>(vips.Items[1]);
        Assert.Equal(new SourceSpan("f.yaml", 4, 5), second.Entries[0].Key.Span);
        Assert.Equal(new SourceSpan("f.yaml", 4, 14), second.Entries[0].Value.Span);
    }

    [Fact]
    public void A_file_may_hold_several_documents()
    {
        var (documents, _) = Read("version: 1\n---\nversion: 1\nname: b\n");

        Assert.Equal(2, documents.Count);
        Assert.Equal(1, documents[1].Index);
        Assert.Equal(2, documents[1].Span.Line);
    }

    [Fact]
    public void Quoted_scalars_are_marked_as_strings()
    {
        var (documents, _) = Read("a: \"1\"\nb: 1\nc: !!str 1\n");

        var root = Assert.IsType<SourceMapping>(documents.Single().Root);
        Assert.True(Assert.IsType<SourceScalar>(root["a"]).IsQuoted);
        Assert.False(Assert.IsType<SourceScalar>(root["b"]).IsQuoted);
        Assert.True(Assert.IsType<SourceScalar>(root["c"]).IsQuoted);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_position()
    {
        var (_, diagnostics) = Read("a: 1\nb: [1, 2\n");

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("f.yaml:3:1: error: YAML syntax: While parsing a flow sequence, did not find expected ',' or ']'.", error.ToString());
    }

    [Fact]
    public void A_parser_failure_without_a_position_is_reported_where_the_parser_stopped()
    {
        var (_, diagnostics) = Read("a: [1, 2\nb: 3\n");

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(
            "f.yaml:1:6: error: YAML syntax: the parser cannot go on after this point: check the brackets, quotes and indentation that follow",
            error.ToString());
    }

    [Fact]
    public void Duplicate_keys_are_errors_that_name_the_first()
    {
        var (_, diagnostics) = Read("version: 1\nname: a\nname: b\n");

        Assert.Equal("f.yaml:3:1: error: duplicate key 'name' (first given at line 2)", Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Aliases_resolve_to_their_anchor()
    {
        var (documents, diagnostics) = Read("a: &vip 192.0.2.10\nb: *vip\n");

        Assert.Empty(diagnostics.Items);
        var root = Assert.IsType<SourceMapping>(documents.Single().Root);
        Assert.Same(root["a"], root["b"]);
    }

    [Fact]
    public void An_alias_bomb_is_refused_with_a_clear_message()
    {
        var yaml = """
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
            """;

        var (documents, diagnostics) = Read(yaml);

        Assert.Empty(documents);
        var error = Assert.Single(diagnostics.Items);
        Assert.InRange(error.Span.Line, 6, 7);
        Assert.Contains("expands to more than 1,000,000 nodes (aliases included): refusing it as an alias bomb or an absurd size", error.Message);
    }

    [Fact]
    public void A_recursive_alias_is_an_unknown_alias()
    {
        var (_, diagnostics) = Read("a: &a [1, *a]\n");

        Assert.Equal("f.yaml:1:11: error: unknown alias *a", Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_refused()
    {
        var yaml = new string('[', 70) + new string(']', 70);

        var (_, diagnostics) = Read(yaml);

        Assert.Contains("nests deeper than 64 levels", Assert.Single(diagnostics.Items).Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var (documents, diagnostics) = Read(new string('#', 101), new YamlReadLimits { MaxFileBytes = 100 });

        Assert.Empty(documents);
        Assert.Equal("f.yaml:1:1: error: the file is 101 characters long; the limit is 100", Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Merge_keys_and_tags_are_refused()
    {
        var (_, diagnostics) = Read("a: &x {b: 1}\nc:\n  <<: *x\nd: !custom 1\n");

        Assert.Equal(
            [
                "f.yaml:3:3: error: merge keys (<<) are not supported: write the entries out, or use an alias for a whole value",
                "f.yaml:4:4: error: YAML tags are not used in desired-state documents (found !custom)",
            ],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void An_empty_document_has_no_root()
    {
        var (documents, diagnostics) = Read("# only a comment\n---\n");

        Assert.Empty(diagnostics.Items);
        Assert.All(documents, d => Assert.Null(d.Root));
    }
}
