using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Engine;
using ConfigAgent.Facts;
using ConfigAgent.Fleet;
using ConfigAgent.Graph;
using ConfigAgent.Planning;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output;

/// <summary>
/// Plans, runs and fleets with every field of every output set, and text that an output must
/// carry as it is: non-ASCII, markup, quotes, control characters. The golden files made from
/// them pin the bytes other programs read.
/// </summary>
internal static class OutputSamples
{
    public const string Hostile = "é 中文 😀 <b>&amp;</b> 'single' \"double\" back\\slash\ttab\nnew line\rcr \u0001 \u007f \u2028 \ufeff `tick` | pipe";

    public const string Revision = "xxh128:0123456789abcdef0123456789abcdef";

    private static readonly FakeResource Sysctl = new("sysctl:net.ipv4.conf.all.arp_ignore") { Origin = new SourceSpan("desired/web.yaml", 4, 5), Purpose = "ARP policy for the DSR VIPs" };
    private static readonly FakeResource Retired = new("address:lo/192.0.2.10/32", rank: 1) { Origin = SourceSpan.None("ledger"), Purpose = "no longer declared" };
    private static readonly FakeResource Script = new("file:/etc/sysconfig/network-scripts/ifcfg-lo:é\"<x>", rank: 2, ResourceSide.Persisted) { Origin = new SourceSpan("desired/web.yaml", 7, 3), Purpose = Hostile };
    private static readonly FakeResource Missing = new("address:eth9/198.51.100.7/24", rank: 3) { Origin = new SourceSpan("desired/web.yaml", 9, 7), Purpose = "HA VIP" };
    private static readonly FakeResource Adapter = new("setting:Loopback/metric", rank: 4) { Origin = SourceSpan.None("default"), Purpose = "Windows loopback metric" };
    private static readonly FakeResource InSync = new("sysctl:net.ipv4.conf.lo.arp_ignore", rank: 5) { Origin = new SourceSpan("desired/web.yaml", 4, 5), Purpose = "ARP policy for the DSR VIPs" };

    private static readonly Change Raise = new(Sysctl, ChangeAction.Update, "0", "1", "net.ipv4.conf.all.arp_ignore is 0");
    private static readonly Change Remove = new(Retired, ChangeAction.Delete, "192.0.2.10/32", null, "no longer declared");
    private static readonly Change Write = new(Script, ChangeAction.Create, null, "IPADDR=192.0.2.10", "missing " + Hostile)
    {
        Diff = "--- a/ifcfg-lo:0\n+++ b/ifcfg-lo:0\n@@ -0,0 +1,2 @@\n+IPADDR=192.0.2.10\n+NAME=\"é <x>\"\n",
        Notes = ["restart not needed", Hostile],
    };

    private static readonly Change Block = new(Missing, ChangeAction.Blocked, null, null, "interface eth9 does not exist");
    private static readonly Change Command = new(Adapter, ChangeAction.Update, "10", "254", "metric is 10")
    {
        Commands = [new CommandLine("netsh", "interface", "ipv4", "set", "interface", "interface=Loop back", "metric=254"), new CommandLine("echo", Hostile)],
    };

    /// <summary>A Linux plan with one change of each action, both sides, a refused removal guard and notes.</summary>
    public static Plan Plan() => new()
    {
        Host = "web-01é",
        Platform = "linux",
        Revision = Revision,
        Documents = ["dsr-realserver", Hostile],
        ObservedFrom = "from facts/web-01.json",
        Resources = [Sysctl, Retired, Script, Missing, Adapter, InSync],
        Changes = [Raise, Remove, Write, Block, Command],
        Notes = [Hostile, "the ARP sysctls are Linux's"],
        MassRemoval = new MassRemoval(3, [Remove], Allowed: false),
    };

    /// <summary>A plan with nothing to do and no document.</summary>
    public static Plan Empty() => new()
    {
        Host = "web-02",
        Platform = "windows",
        Revision = Revision,
        Documents = [],
        ObservedFrom = "live",
        Resources = [InSync],
        Changes = [],
    };

    /// <summary>A run that failed at its fifth step, with a step of every status.</summary>
    public static ApplyResult FailedApply()
    {
        var plan = Plan() with { MassRemoval = new MassRemoval(3, [Remove], Allowed: true), Changes = [Raise, Remove, Write, Command, Raise, Remove] };
        return new ApplyResult(
            plan,
            ApplyOutcome.Failed,
            [
                new StepResult(1, Raise, StepStatus.RolledBack, "undone"),
                new StepResult(2, Remove, StepStatus.RollbackFailed, "could not add 192.0.2.10/32 back: " + Hostile),
                new StepResult(3, Write, StepStatus.Kept),
                new StepResult(4, Command, StepStatus.Applied),
                new StepResult(5, Raise, StepStatus.Failed, "net.ipv4.conf.all.arp_ignore reads 0 after the write"),
                new StepResult(6, Remove, StepStatus.NotRun),
            ],
            TimeSpan.FromTicks(123_456_789),
            "step 5 (sysctl net.ipv4.conf.all.arp_ignore): " + Hostile);
    }

    public static ApplyResult NoChanges() => new(Empty(), ApplyOutcome.NoChanges, [], TimeSpan.FromMilliseconds(0.5));

    public static ApplyResult Converged() => new(
        Empty() with { Changes = [Raise], Resources = [Sysctl, InSync] },
        ApplyOutcome.Converged,
        [new StepResult(1, Raise, StepStatus.Applied)],
        TimeSpan.FromMilliseconds(7));

    public static ApplyResult Refused() => new(Plan(), ApplyOutcome.Refused, [], TimeSpan.Zero, "1 resource is blocked: " + Hostile);

    /// <summary>Four hosts: one that cannot be read, one blocked, one with changes, one in sync.</summary>
    public static FleetPlan Fleet() => new(
        Revision,
        "facts/ é",
        [
            new FleetHostPlan(new InventoryHost("facts/bad.json", null, "not a valid facts file at line 3: " + Hostile), null, ["facts/bad.json: not a valid facts file at line 3"]),
            new FleetHostPlan(new InventoryHost("facts/web-01.json", Facts("web-01é", "linux"), null), Plan(), []),
            new FleetHostPlan(new InventoryHost("facts/win-01.json", Facts("win-01", "windows"), null), Empty() with { Host = "win-01", Changes = [Command], Resources = [Adapter] }, []),
            new FleetHostPlan(new InventoryHost("facts/web-02.json", Facts("web-02", "windows"), null), Empty(), []),
        ]);

    /// <summary>An inventory of a selected host with a conflict, an unreadable file and a host no document selects.</summary>
    public static HostsReport Hosts()
    {
        var dsr = Document("dsr-realserver", new SourceSpan("desired/web.yaml", 1, 1));
        var odd = Document(Hostile, new SourceSpan("desired/odd é.yaml", 3, 1));
        var web = new InventoryHost("facts/web-01.json", Facts("web-01", "linux") with { Labels = new Dictionary<string, string> { ["rôle"] = "wéb <1>", ["a\"b"] = Hostile, ["env"] = "prod" } }, null);
        var bad = new InventoryHost("facts/bad.json", null, "not a valid facts file: " + Hostile);
        var lone = new InventoryHost("facts/db-01.json", Facts("db-01", "aix"), null);
        return new HostsReport(
            Revision,
            "facts",
            [dsr, odd],
            [
                new HostAssignment(web, [dsr], [(odd, "hostname web-01 does not match " + Hostile)], ["desired/web.yaml:4:5: error: 192.0.2.10 twice | " + Hostile]),
                new HostAssignment(bad, [], [], []),
                new HostAssignment(lone, [], [(dsr, "labels: role is not set"), (odd, "names: db-01 does not match web-*")], []),
            ]);
    }

    private static HostFacts Facts(string hostname, string platform) => new() { Hostname = hostname, Platform = platform };

    private static DesiredStateDocument Document(string name, SourceSpan span) => new() { Name = name, Span = span, Hosts = HostSelector.All(span) };
}
