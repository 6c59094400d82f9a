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

    public string LockTimeout { get; init; } = "30s";

    /// <summary>How long a run may last beyond the lock timeout before the watchdog counts it hung; null leaves the default.</summary>
    public string? RunTimeout { get; init; }

    /// <summary>The Prometheus textfile, as a host path (under the lab's root); null writes none.</summary>
    public string? MetricsTextfile { get; init; }

    public bool JsonLogs { get; init; }

    /// <summary>A git remote to pull the desired state from (branch main, path <c>hosts</c>) instead of the lab's directory.</summary>
    public string? GitUrl { get; init; }

    /// <summary>The rolling log file, as a host path (under the lab's root); null logs to the console only.</summary>
    public string? LogFile { get; init; }

    /// <summary>Lets a run remove most of what ConfigAgent owns (the removal guard's knob).</summary>
    public bool AllowMassRemoval { get; init; }

    /// <param name="desiredDirectory">The desired-state directory, as a host path.</param>
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
            $"lock_timeout: {LockTimeout}",
        };
        if (AllowMassRemoval)
        {
            lines.Add("allow_mass_removal: true");
        }

        if (RunTimeout is not null)
        {
            lines.Add($"run_timeout: {RunTimeout}");
        }

        lines.Add("logging:");
        lines.Add("  level: information");
        lines.Add($"  format: {(JsonLogs ? "json" : "text")}");
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
