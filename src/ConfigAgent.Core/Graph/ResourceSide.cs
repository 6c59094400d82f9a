namespace ConfigAgent.Graph;

/// <summary>
/// Whether a resource is the live state (kernel) or what the host restores at boot (files).
/// Plans show the two sides apart: checking only one of them is the field's classic bug.
/// </summary>
public enum ResourceSide
{
    Runtime,
    Persisted,
}
