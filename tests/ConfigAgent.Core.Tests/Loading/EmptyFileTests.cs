using ConfigAgent.Documents;
using ConfigAgent.Loading;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Loading;

/// <summary>
/// Issue 17: a file that holds no document converges a host to "nothing", so it is refused. An
/// empty file is what a full disk, a truncated copy or a half-written commit leaves behind.
/// </summary>
public sealed class EmptyFileTests
{
    private const string Refused = "test.yaml:1:1: error: " + DocumentLoader.EmptyFile;

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# dsr-realserver.yaml\n# version: 1\n")]
    [InlineData("---\n")]
    [InlineData("--- # a header and nothing else\n...\n")]
    [InlineData("---\n---\n~\n")]
    [InlineData("null\n")]
    public void A_file_without_a_document_is_refused(string yaml) =>
        Assert.Contains(Refused, DocumentText.Problems(yaml));

    [Fact]
    public void The_refusal_says_why_and_how_to_want_nothing() =>
        Assert.Equal(
            "the file holds no desired-state document (it is empty or only comments); it is refused, because applying it would remove " +
            "everything ConfigAgent owns on the host. A document that wants nothing there says so: 'version: 1', a 'name' and 'loopback_vips: []'",
            DocumentLoader.EmptyFile);

    [Fact]
    public void A_document_that_says_it_wants_nothing_is_accepted()
    {
        var (documents, diagnostics) = DocumentText.Load("version: 1\nname: decommissioned\nloopback_vips: []\n");

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        Assert.Equal("decommissioned", Assert.Single(documents.Documents).Name);
    }

    [Fact]
    public void An_empty_document_beside_a_real_one_is_only_a_warning() =>
        Assert.Equal(
            ["test.yaml:1:1: warning: empty document: nothing to apply"],
            DocumentText.Problems("---\n---\nversion: 1\nloopback_vips: [192.0.2.10]\n"));

    [Fact]
    public void A_syntax_error_is_not_reported_twice_as_an_empty_file() =>
        Assert.Equal(
            ["test.yaml:2:1: error: YAML syntax: While parsing a node, did not find expected node content."],
            DocumentText.Problems("[\n"));

    [Fact]
    public void Every_empty_file_of_a_set_is_named()
    {
        var (_, diagnostics) = DocumentText.Load([
            new SourceText("a.yaml", "version: 1\nloopback_vips: [192.0.2.10]\n"),
            new SourceText("b.yaml", "# truncated\n"),
        ]);

        Assert.Equal(["b.yaml:1:1: error: " + DocumentLoader.EmptyFile], diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_cut_inside_its_list_fails_at_the_cut() =>
        Assert.Equal(
            ["test.yaml:4:5: error: '192.16' is not an IP address"],
            DocumentText.Problems("version: 1\nloopback_vips:\n  - 192.0.2.10\n  - 192.16\n"));
}
