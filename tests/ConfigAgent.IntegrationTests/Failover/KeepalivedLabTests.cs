using System.Globalization;
using System.Text.Json;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// What ConfigAgent relies on keepalived 2.2 for, checked on the real daemon in the lab with a
/// hand-written configuration: the pair elects one master, its state dump (SIGJSON, the signal
/// `keepalived --signum=JSON` names) lands in /tmp as keepalived's own mount namespace sees it,
/// and a reload (SIGHUP) keeps the VIP on the master. If a keepalived update changes any of
/// this, these fail before the failover tests do.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class KeepalivedLabTests : IDisposable
{
    private static readonly TimeSpan Election = HaLab.Election;

    private readonly HaLab _lab;

    public KeepalivedLabTests()
    {
        LabGuard.RequireNamespaces();
        KeepalivedGuard.RequireKeepalived();
        _lab = new HaLab();
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void The_pair_elects_one_master_whose_json_dump_lands_in_its_own_tmp_and_a_reload_keeps_the_vip()
    {
        WriteConfiguration(_lab.A, _lab.B, priority: 150);
        WriteConfiguration(_lab.B, _lab.A, priority: 100);
        var a = _lab.A.StartKeepalived();
        a.WaitForLine(l => l.Contains("Entering MASTER STATE", StringComparison.Ordinal), Election, "ha-a becomes master");
        var b = _lab.B.StartKeepalived();
        b.WaitForLine(l => l.Contains("Entering BACKUP STATE", StringComparison.Ordinal), Election, "ha-b starts as backup");

        var dump = Dump(a);
        var instance = dump.RootElement[0].GetProperty("data");
        Assert.Equal((51, 2), (instance.GetProperty("vrid").GetInt32(), instance.GetProperty("state").GetInt32()));
        Assert.True(_lab.A.Holds(HaLab.Vip));
        Assert.False(_lab.B.Holds(HaLab.Vip));

        var lines = a.Lines.Count;
        a.Reload();
        a.WaitForLine(l => l.Contains("Reload complete", StringComparison.Ordinal), Election, "ha-a reloads");
        Assert.False(a.Entered("BACKUP", lines));
        Assert.True(_lab.A.Holds(HaLab.Vip));
    }

    /// <summary>Sends SIGJSON and reads the file keepalived writes, through /proc/PID/root: its /tmp, not this machine's.</summary>
    internal static JsonDocument Dump(KeepalivedProcess keepalived)
    {
        var path = $"/proc/{keepalived.Id}/root/tmp/keepalived.json";
        var before = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        ProcessSignals.Send(keepalived.Id, KeepalivedGuard.JsonSignal);
        JsonDocument? dump = null;
        Wait.Until(
            () =>
            {
                try
                {
                    if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) == before)
                    {
                        return false;
                    }

                    dump = JsonDocument.Parse(File.ReadAllText(path));
                    return true;
                }
                catch (JsonException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(5),
            $"{keepalived} writes its JSON state dump");
        return dump!;
    }

    private static void WriteConfiguration(HaHost self, HaHost peer, int priority)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(self.ConfigurationPath)!);
        File.WriteAllText(self.ConfigurationPath, string.Create(CultureInfo.InvariantCulture, $$"""
            vrrp_instance lab_eth0_51 {
              state BACKUP
              interface eth0
              virtual_router_id 51
              priority {{priority}}
              advert_int 1
              nopreempt
              unicast_src_ip {{self.Address}}
              unicast_peer {
                {{peer.Address}}
              }
              virtual_ipaddress {
                {{HaLab.Vip}}/24 dev eth0
              }
            }

            """));
    }
}
