namespace ConfigAgent.Failover;

/// <summary>Something wrong with a failover group that ConfigAgent reports and leaves to keepalived (or to an operator).</summary>
/// <param name="Kind">A word for queries and metrics: split_brain, master_without_vip, keepalived_down, configuration_not_current.</param>
/// <param name="Message">What was seen, for humans.</param>
public sealed record FailoverDrift(string Kind, string Message)
{
    public const string SplitBrain = "split_brain";
    public const string MasterWithoutVip = "master_without_vip";
    public const string KeepalivedDown = "keepalived_down";
    public const string ConfigurationNotCurrent = "configuration_not_current";

    /// <summary>Every kind, in the order reports list them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [SplitBrain, MasterWithoutVip, KeepalivedDown, ConfigurationNotCurrent];
}
