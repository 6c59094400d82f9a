namespace ConfigAgent.Diagnostics;

/// <summary>One problem found in a desired-state file, printed as <c>file:line:col: error: message</c>.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")}: {Message}";
}
