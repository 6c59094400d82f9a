using ConfigAgent.Fleet;

namespace ConfigAgent.Output.Fleet;

/// <summary>The formats of <c>hosts --format</c>.</summary>
public static class HostsFormats
{
    public static OutputFormats<HostsReport> All { get; } = new(
        new("text", (report, _) => HostsTextRenderer.Render(report)),
        new("json", (report, _) => HostsJsonRenderer.Render(report)),
        new("markdown", (report, _) => HostsMarkdownRenderer.Render(report)));
}
