namespace ConfigAgent.Output.JsonModels;

/// <summary>The removal guard: <paramref name="Refused"/> is false when <c>--allow-mass-removal</c> lifted it for the run.</summary>
/// <param name="Resources">The ids of the resources the run would remove.</param>
public sealed record PlanJsonRemovalGuard(bool Refused, int Owned, int Removing, IReadOnlyList<string> Resources);
