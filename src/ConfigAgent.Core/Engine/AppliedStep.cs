using ConfigAgent.Graph;

namespace ConfigAgent.Engine;

/// <summary>A change made on the host, with how to put back what was there before.</summary>
/// <param name="Undo">Restores the state observed before the change (used by rollback).</param>
public sealed record AppliedStep(Change Change, Action Undo);
