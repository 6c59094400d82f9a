using ConfigAgent.Fleet;

namespace ConfigAgent.Output.Fleet;

/// <summary>The formats of <c>plan --facts-dir DIR --format</c>: the names of <see cref="Plans.PlanFormats"/>, since the two share one option.</summary>
public static class FleetPlanFormats
{
    public static OutputFormats<FleetPlan> All { get; } = new(
        new("text", FleetPlanTextRenderer.Render),
        new("json", (fleet, _) => FleetPlanJsonRenderer.Render(fleet)),
        new("markdown", (fleet, _) => FleetPlanMarkdownRenderer.Render(fleet)));
}
