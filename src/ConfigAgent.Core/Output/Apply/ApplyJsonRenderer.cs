using ConfigAgent.Engine;
using ConfigAgent.Output.Json;
using ConfigAgent.Output.JsonModels;
using ConfigAgent.Output.Plans;

namespace ConfigAgent.Output.Apply;

/// <summary>What a run did, for machines (<c>apply --format json</c>): an <see cref="ApplyJson"/>.</summary>
public static class ApplyJsonRenderer
{
    public static string Render(ApplyResult result) => JsonOutput.Write(Model(result), OutputJsonContext.Default.ApplyJson);

    private static ApplyJson Model(ApplyResult result) => new()
    {
        Outcome = result.Outcome.ToString().ToLowerInvariant(),
        Changed = result.Changed,
        DurationMs = Math.Round(result.Duration.TotalMilliseconds, 3),
        Failure = result.Failure,
        Steps = [.. result.Steps.Select(s => new ApplyJsonStep(s.Step, s.Change.Resource.Id.Value, EnumWord.Of(s.Status), s.Message))],
        Plan = PlanJsonRenderer.Model(result.Plan),
    };
}
