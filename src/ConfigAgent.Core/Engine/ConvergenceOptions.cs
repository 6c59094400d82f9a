namespace ConfigAgent.Engine;

/// <summary>How one run converges (or audits) a host.</summary>
/// <param name="Hostname">Plan as this hostname instead of the host's own (host selectors).</param>
/// <param name="TemplateDirectory">Template overrides for the boot artefacts.</param>
/// <param name="AllowMassRemoval">Lift the removal guard for this run: let it remove more than half of what ConfigAgent owns.</param>
public sealed record ConvergenceOptions(
    RunMode Mode,
    ApplyOptions Apply,
    TimeSpan LockTimeout,
    string? Hostname = null,
    string? TemplateDirectory = null,
    bool AllowMassRemoval = false);
