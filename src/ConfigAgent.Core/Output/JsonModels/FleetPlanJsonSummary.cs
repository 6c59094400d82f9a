namespace ConfigAgent.Output.JsonModels;

/// <summary>The fleet's totals, and the detailed exit code the command returns.</summary>
public sealed record FleetPlanJsonSummary(
    int Hosts,
    int HostsWithChanges,
    int Changes,
    int Create,
    int Update,
    int Delete,
    int BlockedHosts,
    int ErrorHosts,
    int ExitCode);
