using ConfigAgent.Facts;

namespace ConfigAgent.Failover;

/// <summary>
/// Judges each failover group of a host from what one run observed: keepalived's state and
/// configuration (its word), the VIPs on the interface (the kernel's), and the other hosts that
/// answer for them (the link's). The drift is reported, never repaired: the VIP is keepalived's.
/// </summary>
public static class FailoverStatus
{
    public const string Down = "down";
    public const string Unknown = "unknown";

    public static IReadOnlyList<FailoverGroupStatus> Of(IReadOnlyList<VrrpInstance> instances, HostFacts facts) =>
        [.. instances.Select(i => Of(i, facts))];

    public static FailoverGroupStatus Of(VrrpInstance instance, HostFacts facts)
    {
        var nic = facts.FindInterface(instance.Interface);
        var held = instance.Vips.Where(v => nic?.Find(v.Address.Address) is not null).Select(v => v.Address).ToList();
        var missing = instance.Vips.Select(v => v.Address).Except(held).ToList();
        var status = new FailoverGroupStatus
        {
            Group = instance.Name,
            Vips = [.. instance.Vips.Select(v => v.Address.ToString())],
            State = Unknown,
            Priority = instance.Priority,
            HoldsVip = missing.Count == 0,
        };
        if (facts.Vrrp is not { } vrrp)
        {
            return status with { Notes = ["VRRP state is observed live only: these facts were recorded"] };
        }

        var drift = new List<FailoverDrift>();
        var notes = new List<string>();
        var others = instance.Vips.SelectMany(v => vrrp.Holders.GetValueOrDefault(v.Address.Address) ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (vrrp.HolderProblem is { } holderProblem)
        {
            notes.Add(holderProblem);
        }

        if (held.Count > 0 && others.Count > 0)
        {
            drift.Add(new FailoverDrift(FailoverDrift.SplitBrain,
                $"{string.Join(" and ", others)} also answer{(others.Count == 1 ? "s" : "")} for {string.Join(", ", held.Select(a => a.Address))}, which this host holds: two hosts hold the VIP (split brain)"));
        }

        string state;
        bool? current = null;
        if (vrrp.Daemon is null || !vrrp.Running)
        {
            state = Down;
            var why = vrrp.Daemon is null ? "keepalived is not installed" : "keepalived does not run";
            if (vrrp.Daemon is null)
            {
                notes.Add("keepalived is not installed: keepalived.conf is written without keepalived's --config-test to check it");
            }

            drift.Add(new FailoverDrift(FailoverDrift.KeepalivedDown, held.Count > 0
                ? $"{why}, and this host still holds {string.Join(", ", held)}: nothing moves it any more"
                : $"{why}: this host cannot take the VIP over"));
        }
        else if (vrrp.Instances is not { } observed)
        {
            state = Unknown;
            notes.Add(vrrp.Problem ?? "keepalived's state could not be read");
        }
        else if (Find(observed, instance) is not { } running)
        {
            state = Unknown;
            current = false;
            drift.Add(new FailoverDrift(FailoverDrift.ConfigurationNotCurrent,
                $"keepalived runs no instance for {instance.Name}: it has not loaded the current configuration (reload it)"));
        }
        else
        {
            state = Word(running.State);
            var differences = Differences(instance, running);
            current = differences.Count == 0;
            if (!current.Value)
            {
                drift.Add(new FailoverDrift(FailoverDrift.ConfigurationNotCurrent,
                    $"keepalived runs an older configuration of {instance.Name} ({string.Join("; ", differences)}): reload it"));
            }

            if (running.State != VrrpState.Master && held.Count > 0)
            {
                drift.Add(new FailoverDrift(FailoverDrift.SplitBrain,
                    $"this host holds {string.Join(", ", held)} while keepalived says {state}: the master holds it too (split brain)"));
            }

            if (running.State == VrrpState.Master && missing.Count > 0)
            {
                drift.Add(new FailoverDrift(FailoverDrift.MasterWithoutVip,
                    $"keepalived says master but {string.Join(", ", missing)} is not on {instance.Interface}: nobody answers for it"));
            }
        }

        return status with { State = state, OtherHolders = others, ConfigurationCurrent = current, Drift = drift, Notes = notes };
    }

    /// <summary>The instance keepalived runs for the group: by the name ConfigAgent gives it, else by interface and router id.</summary>
    private static VrrpInstanceFacts? Find(IReadOnlyList<VrrpInstanceFacts> observed, VrrpInstance instance) =>
        observed.FirstOrDefault(o => o.Name == instance.KeepalivedName)
        ?? observed.FirstOrDefault(o => o.Interface == instance.Interface && o.RouterId == instance.Group.RouterId);

    public static string Word(VrrpState state) => state switch
    {
        VrrpState.Init => "init",
        VrrpState.Backup => "backup",
        VrrpState.Master => "master",
        VrrpState.Fault => "fault",
        _ => Unknown,
    };

    /// <summary>What keepalived runs that the configuration ConfigAgent renders says otherwise.</summary>
    private static List<string> Differences(VrrpInstance desired, VrrpInstanceFacts running)
    {
        var differences = new List<string>();
        void Compare<T>(string what, T has, T wants)
        {
            if (!EqualityComparer<T>.Default.Equals(has, wants))
            {
                differences.Add($"{what} {has}, not {wants}");
            }
        }

        Compare("interface", running.Interface, desired.Interface);
        Compare("router id", running.RouterId, desired.Group.RouterId);
        Compare("priority", running.Priority, desired.Priority);
        Compare("advert interval", running.AdvertInterval, desired.Group.AdvertInterval);
        Compare("preempt", running.Preempt, desired.Group.Preempt);
        Compare("garp", running.Garp, desired.Group.Garp);
        var vips = desired.Vips.Select(v => v.Address).ToHashSet();
        if (!vips.SetEquals(running.Vips))
        {
            differences.Add($"VIPs {List(running.Vips)}, not {List(vips)}");
        }

        if (!desired.Group.TrackInterfaces.ToHashSet(StringComparer.Ordinal).SetEquals(running.TrackInterfaces))
        {
            differences.Add($"tracked interfaces {List(running.TrackInterfaces)}, not {List(desired.Group.TrackInterfaces)}");
        }

        return differences;
    }

    private static string List<T>(IEnumerable<T> items)
    {
        var text = string.Join(", ", items.Select(i => i?.ToString()).Order(StringComparer.Ordinal));
        return text.Length == 0 ? "none" : text;
    }
}
