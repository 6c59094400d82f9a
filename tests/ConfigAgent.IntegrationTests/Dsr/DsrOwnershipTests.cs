using System.Net;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Dsr;

/// <summary>
/// The ownership ledger: what ConfigAgent created goes when the documents stop declaring it,
/// sysctls get back the values they had before ConfigAgent, and what it never created is never
/// touched.
/// </summary>
public sealed class DsrOwnershipTests : IDisposable
{
    private const string HandSysctl = "net.ipv4.conf.eth0.arp_announce";
    private static readonly IPAddress HandAddress = IPAddress.Parse("198.51.100.77");

    private readonly DsrLab _lab;

    public DsrOwnershipTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new DsrLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void A_vip_retired_from_the_document_is_removed_and_the_arp_sysctls_get_their_values_from_before()
    {
        var server = _lab.Rs1;

        // An original that is not the kernel's default: "restored" must not mean "reset to 0".
        server.SetSysctl("net.ipv4.conf.lo.arp_announce", "1");
        var originals = server.ReadArpSysctls();
        server.Apply(_lab.Document("realserver", DsrDocuments.RealServer), "--detailed-exitcode").Expect(2);
        Assert.True(server.Holds("lo", DsrLab.Vip));

        // Retiring the host's only VIP removes everything ConfigAgent owns there: deliberate, so said.
        server.Apply(_lab.Document("retired", DsrDocuments.Retired), "--detailed-exitcode", "--allow-mass-removal").Expect(2);

        Assert.False(server.Holds("lo", DsrLab.Vip));
        Assert.Equal(originals, server.ReadArpSysctls());
        Assert.Empty(server.LedgerIds());
    }

    [Fact]
    public void What_was_there_before_configagent_is_untouched_by_every_apply()
    {
        var server = _lab.Rs1;
        server.Namespace.Ip("addr", "add", HandAddress + "/32", "dev", "lo");
        server.SetSysctl(HandSysctl, "1");
        var documents = new[]
        {
            _lab.Document("realserver", DsrDocuments.RealServer),
            _lab.Document("retired", DsrDocuments.Retired),
            _lab.Document("retired-again", DsrDocuments.Retired),
        };

        foreach (var document in documents)
        {
            server.Apply(document, "--allow-mass-removal").Expect(0);

            Assert.True(server.Holds("lo", HandAddress), $"{HandAddress} was removed by applying {Path.GetFileName(document)}");
            Assert.Equal("1", server.Sysctl(HandSysctl));
            Assert.DoesNotContain(server.LedgerIds(), id => id.Contains("198.51.100.77", StringComparison.Ordinal) || id.Contains(".eth0.", StringComparison.Ordinal));
        }

        Assert.False(server.Holds("lo", DsrLab.Vip));
    }
}
