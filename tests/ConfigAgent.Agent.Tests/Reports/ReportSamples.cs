using ConfigAgent.Agent.Runs;
using ConfigAgent.Engine;
using ConfigAgent.Failover;
using ConfigAgent.Graph;

namespace ConfigAgent.Agent.Tests.Reports;

/// <summary>Run reports with every field set, for the report, history and metrics tests.</summary>
internal static class ReportSamples
{
    public const string Revision = "sha256:5b1f0c7e9a2d4c6b8e0f1a3c5e7d9b2f4a6c8e0d2b4f6a8c0e2d4f6b8a0c2e4d";

    public static DateTimeOffset Started { get; } = new(2026, 12, 3, 14, 0, 0, 125, TimeSpan.Zero);

    /// <summary>An audit run from git that found a VIP missing and a sysctl changed, with the newest commit refused.</summary>
    public static RunReport Full(string runId = "0c1d2e3f4a5b", DateTimeOffset? started = null) => new()
    {
        RunId = runId,
        Trigger = RunTrigger.AddressEvent,
        Mode = RunMode.Audit,
        Host = "web-01",
        Started = started ?? Started,
        Finished = (started ?? Started).AddMilliseconds(37.5),
        Outcome = RunOutcome.Drift,
        Revision = Revision,
        Commit = "0123456789abcdef0123456789abcdef01234567",
        Git = new GitPull("main", "hosts/web")
        {
            FetchedCommit = "89abcdef0123456789abcdef0123456789abcdef",
            LastFetched = new DateTimeOffset(2026, 12, 3, 13, 59, 58, TimeSpan.Zero),
            Error = null,
            CommitTime = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1)),
        },
        DesiredStateValid = false,
        DesiredStateProblems = ["89abcdef0123:hosts/web/web.yaml:4:5: error: '203.0.113.300' is not an IP address"],
        Resources = new ResourceCounts(6, 4, 2, 0),
        Drift =
        [
            new DriftRecord("address:lo/203.0.113.10", ChangeAction.Create, ResourceSide.Runtime, null, "203.0.113.10/32 label lo:0", "missing on lo"),
            new DriftRecord("sysctl:net.ipv4.conf.all.arp_ignore", ChangeAction.Update, ResourceSide.Runtime, "0", "1", "arp_ignore is 0, must be 1 \"before\" the VIP"),
        ],
        Outcomes =
        [
            new ResourceOutcome("address:lo/203.0.113.10", ResourceStatus.Drifted, "missing on lo"),
            new ResourceOutcome("sysctl:net.ipv4.conf.all.arp_ignore", ResourceStatus.Drifted, "arp_ignore is 0"),
            new ResourceOutcome("sysctl:net.ipv4.conf.all.arp_announce", ResourceStatus.InSync),
        ],
        Error = null,
    };

    /// <summary>The two failover groups of an HA host in a split brain: master of one and holding it, backup of the other and holding it too.</summary>
    public static IReadOnlyList<FailoverGroupStatus> SplitBrain { get; } =
    [
        new()
        {
            Group = "eth0/51",
            Vips = ["172.26.7.100/24"],
            State = "master",
            Priority = 150,
            HoldsVip = true,
            OtherHolders = ["52:54:00:00:00:12"],
            ConfigurationCurrent = true,
            Drift = [new FailoverDrift(FailoverDrift.SplitBrain, "52:54:00:00:00:12 also answers for 172.26.7.100, which this host holds: two hosts hold the VIP (split brain)")],
        },
        new()
        {
            Group = "eth1/52",
            Vips = ["198.51.100.100/24", "198.51.100.101/24"],
            State = "down",
            Priority = 140,
            HoldsVip = false,
            Drift = [new FailoverDrift(FailoverDrift.KeepalivedDown, "keepalived does not run: this host cannot take the VIP over")],
            Notes = ["who else holds the VIPs was not asked (ARP needs CAP_NET_RAW): Operation not permitted"],
        },
    ];

    /// <summary>Text that must be written as it is, and a resource outcome of every status.</summary>
    public static RunReport Hostile() => Full() with
    {
        Trigger = RunTrigger.DesiredStateChange,
        Mode = RunMode.Enforce,
        Outcome = RunOutcome.Failed,
        Host = "web-01é",
        Git = Full().Git! with { Branch = "feature/é", Error = "fatal: could not read from remote: " + Text, CommitTime = null },
        DesiredStateProblems = [Text, "second"],
        Drift = [new DriftRecord("file:/etc/x<é>", ChangeAction.Blocked, ResourceSide.Persisted, Text, null, Text)],
        Outcomes =
        [
            new ResourceOutcome("a", ResourceStatus.InSync),
            new ResourceOutcome("b", ResourceStatus.Changed),
            new ResourceOutcome("c", ResourceStatus.Drifted, Text),
            new ResourceOutcome("d", ResourceStatus.Blocked, "interface eth9 does not exist"),
            new ResourceOutcome("e", ResourceStatus.Failed, "verify failed"),
            new ResourceOutcome("f", ResourceStatus.RolledBack),
            new ResourceOutcome("g", ResourceStatus.RollbackFailed, "could not restore"),
            new ResourceOutcome("h", ResourceStatus.Kept),
            new ResourceOutcome("i", ResourceStatus.NotRun),
        ],
        Error = "step 5 failed: " + Text,
        Finished = Started.AddTicks(123_456_789),
    };

    /// <summary>An enforce run with no valid desired state at all: the nulls a report writes.</summary>
    public static RunReport Invalid() => new()
    {
        RunId = "ffffffffffff",
        Trigger = RunTrigger.Startup,
        Mode = RunMode.Enforce,
        Host = "web-01",
        Started = Started,
        Finished = Started,
        Outcome = RunOutcome.Invalid,
        DesiredStateValid = false,
        DesiredStateProblems = ["/etc/configagent/desired/web.yaml:1:1: error: not a mapping"],
        Error = "no valid desired state: /etc/configagent/desired/web.yaml:1:1: error: not a mapping",
    };

    private const string Text = "é 中文 😀 <b>&amp;</b> 'single' \"double\" back\\slash\ttab\nnew line \u0001 \u2028";
}
