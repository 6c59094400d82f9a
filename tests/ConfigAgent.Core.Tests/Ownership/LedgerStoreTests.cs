using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Ownership;

public sealed class LedgerStoreTests
{
    private readonly FakeFileSystem _files = new();
    private readonly LedgerStore _store;

    public LedgerStoreTests() => _store = new LedgerStore(_files, "/root/var/lib/configagent/");

    [Fact]
    public void No_ledger_yet_is_an_empty_ledger() => Assert.Empty(_store.Load().Entries);

    [Fact]
    public void Entries_survive_a_save_and_a_load()
    {
        var ledger = Ledger.Empty;
        var recorded = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
        ledger.Record(new LedgerEntry(ResourceId.Of("address", "lo/192.0.2.10"), new Dictionary<string, string> { ["interface"] = "lo", ["address"] = "192.0.2.10" }, recorded));

        _store.Save(ledger);
        var loaded = Assert.Single(_store.Load().Entries);

        Assert.Equal("/root/var/lib/configagent/ledger.json", _store.Path);
        Assert.Equal(("address:lo/192.0.2.10", "lo", recorded), (loaded.Id.Value, loaded.Get("interface"), loaded.RecordedAt));
        Assert.Equal("0644", _files.Observe(_store.Path).Mode);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON at line 1, column 3")]
    [InlineData("{\"format\": \"other\", \"version\": 1, \"entries\": []}", "it is not a configagent-ledger file")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 9, \"entries\": []}", "format version 9 is not supported")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 1}", "a required entry is missing")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 1, \"entries\": [{\"id\": \"nokind\", \"recorded_at\": \"2026-01-01T00:00:00Z\", \"data\": {}}]}", "'nokind' is not a resource id")]
    public void A_corrupt_ledger_is_reported_never_discarded(string content, string problem)
    {
        _files.Add(_store.Path, content);

        var error = Assert.Throws<LedgerCorruptException>(_store.Load);

        Assert.Contains(problem, error.Message);
        Assert.Contains("nothing was changed", error.Message);
        Assert.Equal(content, _files.Read(_store.Path));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_ledger()
    {
        var ledger = Ledger.Empty;
        ledger.Record(new LedgerEntry(ResourceId.Of("sysctl", "net.ipv4.ip_forward"), new Dictionary<string, string> { ["original"] = "0" }, default));
        _store.Save(ledger);
        ledger.Record(new LedgerEntry(ResourceId.Of("sysctl", "net.ipv4.conf.all.rp_filter"), new Dictionary<string, string> { ["original"] = "1" }, default));
        _files.FailNextWriteOf = _store.Path;

        Assert.Throws<IOException>(() => _store.Save(ledger));

        Assert.Single(_store.Load().Entries);
    }
}
