using ConfigAgent.Agent.Sources;
using ConfigAgent.Documents;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Sources;

/// <summary>The last good desired state survives a restart: its file, and reading it back.</summary>
public sealed class LastGoodStoreTests
{
    private const string Yaml = "version: 1\nname: \"web é\"\nloopback_vips:\n  - 203.0.113.10   # <lo> & 'quotes'\n";

    private readonly FakeFileSystem _files = new();

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef01234567", "last-good.json")]
    [InlineData(null, "last-good.no-commit.json")]
    public void The_file_holds_every_text_and_the_commit_when_there_is_one(string? commit, string golden)
    {
        var store = new LastGoodStore(_files, "/var/lib/configagent");

        store.Save([new SourceText("/etc/configagent/desired/web.yaml", Yaml), new SourceText("/etc/configagent/desired/é.yaml", "")], commit);

        Golden.Verify(_files.Read(store.Path)!, golden);
    }

    [Fact]
    public void What_was_saved_reads_back()
    {
        var store = new LastGoodStore(_files, "/var/lib/configagent");
        SourceText[] texts = [new("/etc/configagent/desired/web.yaml", Yaml)];

        store.Save(texts, "abc");

        var (read, commit) = store.Load()!.Value;
        Assert.Equal(texts, read);
        Assert.Equal("abc", commit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"files\": [{\"path\": \"a\"}]}")]
    public void A_file_that_cannot_be_read_is_no_last_good_state(string content)
    {
        var store = new LastGoodStore(_files, "/var/lib/configagent");
        _files.Add(store.Path, content);

        Assert.Null(store.Load());
    }
}
