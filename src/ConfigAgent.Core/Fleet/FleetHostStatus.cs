namespace ConfigAgent.Fleet;

/// <summary>How one host of a fleet plan came out, worst last.</summary>
public enum FleetHostStatus
{
    InSync,
    Changes,
    Blocked,
    Error,
}
