namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// The knobs of the agent configuration the tests turn; <see cref="Render"/> writes the YAML
/// an operator would (the keys of AgentConfigurationLoader).
/// </summary>
internal sealed record AgentSettings
{
    public string Mode { get; init; } = "enforce";

    /// <summary>Long by default: a test that checks an event-driven run must not see a scheduled one.</summary>
    public string Interval { get; init; } = "1h";

    public string Splay { get; init; } = "0ms";

    public string Debounce { get; init; } = "200ms";

    /// <summary>The Prometheus textfile, as a host path (under the lab's root); null writes none.</summary>
    public string? MetricsTextfile { get; init; }

    public bool JsonLogs { get; init; }

    /// <summary>A git remote to pull the desired state from (branch main, path <c>hosts</c>) instead of the lab's directory.</summary>
    public string? GitUrl { get; init; }

    /// <summary>A real path for the rolling log file (Serilog writes it, not the host seam: no root).</summary>
    public string? LogFile { get; init; }

    public string Render(string desiredDirectory, string root, string hostname)
    {
        var lines = new List<string>
        {
            "version: 1",
            "desired_state:",
            GitUrl is null ? $"  paths: [{desiredDirectory}]" : $"  git: {{url: '{GitUrl}', branch: main, path: hosts}}",
            $"mode: {Mode}",
            "schedule:",
            $"  interval: {Interval}",
            $"  splay: {Splay}",
            "events:",
            "  addresses: true",
            $"  debounce: {Debounce}",
            $"root: {root}",
            "host:",
            $"  hostname: {hostname}",
            "lock_timeout: 30s",
            "logging:",
            "  level: information",
            $"  format: {(JsonLogs ? "json" : "text")}",
        };
        if (LogFile is not null)
        {
            lines.Add($"  file: {LogFile}");
        }

        if (MetricsTextfile is not null)
        {
            lines.Add($"metrics: {{textfile: {MetricsTextfile}}}");
        }

        return string.Join('\n', lines) + "\n";
    }
}
