using ConfigAgent.Planning;

namespace ConfigAgent.Output.Plans;

/// <summary>The formats of <c>plan --format</c> for one host (the fleet's are <see cref="Fleet.FleetPlanFormats"/>, with the same names).</summary>
public static class PlanFormats
{
    public static OutputFormats<Plan> All { get; } = new(
        new("text", PlanTextRenderer.Render),
        new("json", (plan, _) => PlanJsonRenderer.Render(plan)),
        new("markdown", (plan, _) => PlanMarkdownRenderer.Render(plan)));
}
