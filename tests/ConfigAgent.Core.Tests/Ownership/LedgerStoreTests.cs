using System.Net;
using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Ownership;

public sealed class LedgerStoreTests
{
    // A ledger as every version so far has written it: the text fields of each kind, sorted.
    private const string WrittenBefore = """
        {
          "format": "configagent-ledger",
          "version": 1,
          "entries": [
            {
              "id": "address:lo/192.0.2.10",
              "recorded_at": "2026-11-22T03:00:00+00:00",
              "data": {
                "address": "192.0.2.10",
                "interface": "lo",
                "label": "lo:0",
                "prefix": "32"
              }
            },
            {
              "id": "file:/etc/sysctl.d/90-configagent.conf",
              "recorded_at": "2026-11-22T03:00:00+00:00",
              "data": {
                "path": "/etc/sysctl.d/90-configagent.conf"
              }
            },
            {
              "id": "later-kind:192.0.2.20",
              "recorded_at": "2026-11-22T03:00:00+00:00",
              "data": {
                "written_by": "a later version"
              }
            },
            {
              "id": "netsh:ipv4.LAN 1 - 192.168.10.x.weakhostreceive",
              "recorded_at": "2026-11-22T03:00:00+00:00",
              "data": {
                "adapter": "LAN 1 - 192.168.10.x",
                "family": "ipv4",
                "original": "disabled",
                "parameter": "weakhostreceive"
              }
            },
            {
              "id": "sysctl:net.ipv4.conf.all.arp_ignore",
              "recorded_at": "2026-11-22T03:00:00+00:00",
              "data": {
                "name": "net.ipv4.conf.all.arp_ignore",
                "original": "0"
              }
            }
          ]
        }

        """;

    private readonly FakeFileSystem _files = new();
    private readonly LedgerStore _store;

    public LedgerStoreTests() => _store = new LedgerStore(_files, "/root/var/lib/configagent/");

    private static InterfaceAddress Vip(string address, int prefix) => new(IPAddress.Parse(address), prefix);

    [Fact]
    public void No_ledger_yet_is_an_empty_ledger() => Assert.Empty(_store.Load().Entries);

    [Fact]
    public void Entries_survive_a_save_and_a_load()
    {
        var ledger = Ledger.Empty;
        var recorded = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
        var vip = Vip("192.0.2.10", 32);
        ledger.Record(new AddressEntry(ResourceId.Of(AddressEntry.Kind, "lo/192.0.2.10"), "lo", vip, null) { RecordedAt = recorded });

        _store.Save(ledger);
        var loaded = Assert.IsType<AddressEntry>(Assert.Single(_store.Load().Entries));

        Assert.Equal("/root/var/lib/configagent/ledger.json", _store.Path);
        Assert.Equal(("address:lo/192.0.2.10", "lo", vip, recorded), (loaded.Id.Value, loaded.Interface, loaded.Address, loaded.RecordedAt));
        Assert.Equal("0644", _files.Observe(_store.Path).Mode);
    }

    [Fact]
    public void A_ledger_written_before_loads_as_typed_entries_and_is_written_back_byte_for_byte()
    {
        _files.Add(_store.Path, WrittenBefore);

        var ledger = _store.Load();
        _store.Save(ledger);

        Assert.Collection(
            ledger.Entries,
            e => Assert.Equal(("lo", Vip("192.0.2.10", 32), "lo:0"), Assert.IsType<AddressEntry>(e) is var a ? (a.Interface, a.Address, a.Label) : default),
            e => Assert.Equal("/etc/sysctl.d/90-configagent.conf", Assert.IsType<ArtefactEntry>(e).Path),
            e => Assert.Equal("a later version", Assert.IsType<UnknownEntry>(e).Fields["written_by"]),
            e => Assert.Equal(("LAN 1 - 192.168.10.x", "weakhostreceive", "disabled"), Assert.IsType<NetshSettingEntry>(e) is var n ? (n.Adapter, n.Parameter, n.Original) : default),
            e => Assert.Equal(("net.ipv4.conf.all.arp_ignore", "0"), Assert.IsType<SysctlEntry>(e) is var s ? (s.Name.Text, s.Original) : default));
        Assert.Equal(WrittenBefore, _files.Read(_store.Path));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON at line 1, column 3")]
    [InlineData("{\"format\": \"other\", \"version\": 1, \"entries\": []}", "it is not a configagent-ledger file")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 9, \"entries\": []}", "format version 9 is not supported")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 1}", "a required entry is missing")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 1, \"entries\": [{\"id\": \"nokind\", \"recorded_at\": \"2026-01-01T00:00:00Z\", \"data\": {}}]}", "'nokind' is not a resource id")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 1, \"entries\": [{\"id\": \"address:lo/192.0.2.1\", \"recorded_at\": \"2026-01-01T00:00:00Z\", \"data\": {\"interface\": \"lo\", \"address\": \"192.0.2.1\"}}]}", "ledger entry address:lo/192.0.2.1 has no 'prefix'")]
    [InlineData("{\"format\": \"configagent-ledger\", \"version\": 1, \"entries\": [{\"id\": \"sysctl:x\", \"recorded_at\": \"2026-01-01T00:00:00Z\", \"data\": {\"name\": \"net..x\", \"original\": \"1\"}}]}", "ledger entry sysctl:x: ")]
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
        Assert.True(SysctlName.TryParse("net.ipv4.ip_forward", out var forward, out _));
        Assert.True(SysctlName.TryParse("net.ipv4.conf.all.rp_filter", out var rpFilter, out _));
        ledger.Record(new SysctlEntry(ResourceId.Of(SysctlEntry.Kind, forward.Text), forward, "0"));
        _store.Save(ledger);
        ledger.Record(new SysctlEntry(ResourceId.Of(SysctlEntry.Kind, rpFilter.Text), rpFilter, "1"));
        _files.FailNextWriteOf = _store.Path;

        Assert.Throws<IOException>(() => _store.Save(ledger));

        Assert.Single(_store.Load().Entries);
    }
}
