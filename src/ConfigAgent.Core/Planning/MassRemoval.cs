using ConfigAgent.Graph;

namespace ConfigAgent.Planning;

/// <summary>
/// A run that would remove most of what ConfigAgent owns on a host because it vanished from the
/// desired state: what an empty, truncated or half-merged file looks like from the host.
/// </summary>
/// <param name="Owned">Entries of the ownership ledger before the run.</param>
/// <param name="Removals">The changes that undo ledger entries no longer declared, in apply order.</param>
/// <param name="Allowed">The operator lifted the guard for this run (<c>--allow-mass-removal</c>).</param>
public sealed record MassRemoval(int Owned, IReadOnlyList<Change> Removals, bool Allowed)
{
    /// <summary>"removes 25 of the 25 resources ConfigAgent owns on this host ...": the plan's note.</summary>
    public string Describe()
    {
        var what = $"this run would remove {Removals.Count} of the {Owned} resources ConfigAgent owns on this host, because the desired state no longer declares them";
        return Allowed
            ? $"removal guard lifted for this run (--allow-mass-removal): {what}"
            : $"removal guard: {what}; apply refuses to remove more than half at once (an empty, truncated or half-merged file looks like this). " +
              "If it is intended, run apply --allow-mass-removal once (the agent: allow_mass_removal: true)";
    }
}
