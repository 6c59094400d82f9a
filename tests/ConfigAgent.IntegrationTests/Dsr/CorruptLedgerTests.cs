using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// A ledger that cannot be read stops apply before anything changes: without it ConfigAgent
/// cannot tell what it owns, and guessing could delete what someone else made.
/// </summary>
public sealed class CorruptLedgerTests : IDisposable
{
    private readonly DsrLab _lab;

    public CorruptLedgerTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Apply_refuses_a_corrupt_ledger_and_changes_nothing()
    {
        var server = _lab.Rs1;
        byte[] garbage = [.. "{\"format\": \"configagent-ledger\", \"entries\": [ tru"u8, 0x00, 0xFF, (byte)'\n'];
        Directory.CreateDirectory(Path.GetDirectoryName(server.LedgerPath)!);
        File.WriteAllBytes(server.LedgerPath, garbage);
        var sysctls = server.ReadArpSysctls();
        var written = File.GetLastWriteTimeUtc(server.LedgerPath);

        var run = server.Apply(_lab.Document("realserver", DsrDocuments.RealServer)).Expect(1);

        Assert.Contains("/var/lib/configagent/ledger.json is corrupt", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", run.Error, StringComparison.Ordinal);
        Assert.Equal(sysctls, server.ReadArpSysctls());
        Assert.False(server.Holds("lo", DsrLab.Vip));
        Assert.Equal(garbage, File.ReadAllBytes(server.LedgerPath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(server.LedgerPath));
    }
}
