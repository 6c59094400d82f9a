using ConfigAgent.Engine;

namespace ConfigAgent.Output.Apply;

/// <summary>The formats of <c>apply --format</c>.</summary>
public static class ApplyFormats
{
    public static OutputFormats<ApplyResult> All { get; } = new(
        new("text", ApplyTextRenderer.Render),
        new("json", (result, _) => ApplyJsonRenderer.Render(result)));
}
