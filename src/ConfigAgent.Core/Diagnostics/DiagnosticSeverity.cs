namespace ConfigAgent.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
