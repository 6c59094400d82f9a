namespace ConfigAgent.Documents;

/// <summary>Whether an entry must exist on the host or must not.</summary>
public enum Ensure
{
    Present,
    Absent,
}
