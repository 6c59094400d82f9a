using ConfigAgent.Graph;

namespace ConfigAgent.Engine;

/// <summary>A change was set but, observed again, the host is not as it should be: it did not stick.</summary>
public sealed class StepVerificationException(Change change, string problem)
    : Exception($"{change.Resource.Title} did not stick: {problem}")
{
    public Change Change { get; } = change;
}
