using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Failover;
using ConfigAgent.Graph;
using ConfigAgent.Observation;

namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>
/// The keepalived unit on a systemd host (issue 15 point 4): enabled and running, and reloaded
/// when its configuration changes or when it runs an older one than the file holds. A reload
/// (SIGHUP, the unit's ExecReload) keeps the VIP on the master: keepalived re-reads its
/// configuration without leaving the master state (checked in the lab, KeepalivedLabTests).
/// The sysctls of the document (the ARP policy) are in force before it starts: graph edges.
/// </summary>
internal sealed class KeepalivedServiceResource(IReadOnlyList<VrrpInstance> instances, string configuration) : Resource
{
    public const int ServiceRank = 40;

    public static readonly ResourceId ServiceId = ResourceId.Of("service", "keepalived");

    public override ResourceId Id => ServiceId;

    public override Ensure Ensure => Ensure.Present;

    public override ResourceSide Side => ResourceSide.Runtime;

    public override string Title => "service keepalived (systemd)";

    public override int Rank => ServiceRank;

    public IReadOnlyList<VrrpInstance> Instances { get; } = instances;

    public static CommandLine Start { get; } = new(KeepalivedPaths.Systemctl, "enable", "--now", KeepalivedPaths.Unit);

    public static CommandLine Reload { get; } = new(KeepalivedPaths.Systemctl, "reload", KeepalivedPaths.Unit);

    public override void Scope(ObservationScope scope)
    {
        scope.AddFile(KeepalivedPaths.EnabledLink);
        scope.AddFile(KeepalivedPaths.Configuration);

        // Whether keepalived runs, and what it runs, come with the failover VIPs' observation:
        // verifying this step alone must read them too.
        foreach (var instance in Instances)
        {
            foreach (var vip in instance.Vips)
            {
                scope.AddFailoverVip(new FailoverVip(instance.Interface, vip.Address.Address, instance.Self.Address));
            }
        }
    }

    public override Change? Test(HostFacts facts)
    {
        var enabled = facts.Files.GetValueOrDefault(KeepalivedPaths.EnabledLink) is { Exists: true };
        var running = facts.Vrrp is { Running: true };
        if (facts.Vrrp is { Daemon: null })
        {
            return new Change(this, ChangeAction.Blocked, null, null, "keepalived is not installed: install it (Debian, RHEL: the keepalived package)");
        }

        // A running keepalived reloads what this run writes (or a file it has not loaded yet); one
        // that is started reads the file as it is then.
        var rewritten = facts.Files.GetValueOrDefault(KeepalivedPaths.Configuration)?.Content != configuration;
        var reload = running && (rewritten || !LoadedCurrent(facts));
        if (enabled && running && !reload)
        {
            return null;
        }

        var reasons = new List<string>();
        var commands = new List<CommandLine>();
        if (!enabled || !running)
        {
            reasons.Add(running ? "not enabled at boot" : "keepalived does not run");
            commands.Add(Start);
        }

        if (reload)
        {
            reasons.Add(rewritten ? "keepalived.conf changes in this run: keepalived reloads it (the master keeps its VIP)" : "keepalived runs an older configuration than the file holds");
            commands.Add(Reload);
        }

        return new Change(
            this,
            running ? ChangeAction.Update : ChangeAction.Create,
            $"{(enabled ? "enabled" : "disabled")}, {(running ? "running" : "stopped")}{(reload ? " an older configuration" : "")}",
            "enabled, running",
            string.Join("; ", reasons))
        {
            Commands = commands,
            Irreversible = "a rollback neither stops keepalived (it would give up the VIP this host may hold) nor undoes a reload: "
                + "after a rollback of the file, run `systemctl reload keepalived`",
        };
    }

    /// <summary>Whether keepalived runs the configuration rendered for every group (an unreadable state counts as current: it is reported, not reloaded).</summary>
    public bool LoadedCurrent(HostFacts facts) => Instances.All(i => FailoverStatus.Of(i, facts).ConfigurationCurrent != false);
}
