using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// The per-platform sections of documents that meet on one host must not contradict each other:
/// merged, the first document that sets an option would silently decide it.
/// </summary>
internal sealed class PlatformOptionRule : IDocumentRule
{
    public void CheckPair(DesiredStateDocument earlier, DesiredStateDocument later, DiagnosticBag diagnostics)
    {
        if (earlier.Linux is { } l1 && later.Linux is { } l2)
        {
            Compare("linux.persistence.addresses", l1.Addresses, l2.Addresses, l1.Span, l2.Span, diagnostics);
            Compare("linux.persistence.sysctls", l1.Sysctls, l2.Sysctls, l1.Span, l2.Span, diagnostics);
        }

        if (earlier.Aix is { } a1 && later.Aix is { } a2)
        {
            Compare("aix.persistence.style", a1.Persistence, a2.Persistence, a1.Span, a2.Span, diagnostics);
            Compare("aix.persistence.script", a1.Script, a2.Script, a1.Span, a2.Span, diagnostics);
            Compare("aix.persistence.link", a1.Link, a2.Link, a1.Span, a2.Span, diagnostics);
        }

        if (earlier.Windows is { } w1 && later.Windows is { } w2)
        {
            Compare("windows.loopback_adapter", w1.LoopbackAdapter, w2.LoopbackAdapter, w1.Span, w2.Span, diagnostics);
            Compare("windows.create_loopback", w1.CreateLoopback, w2.CreateLoopback, w1.Span, w2.Span, diagnostics);
            Compare("windows.metric", w1.Metric, w2.Metric, w1.Span, w2.Span, diagnostics);
        }
    }

    private static void Compare<T>(string option, T? first, T? second, SourceSpan firstSpan, SourceSpan secondSpan, DiagnosticBag diagnostics)
    {
        if (first is not null && second is not null && !EqualityComparer<T>.Default.Equals(first, second))
        {
            diagnostics.Error(secondSpan, $"{option} is {Format(second)} here but {Format(first)} at {firstSpan}: documents for the same host must agree");
        }
    }

    private static string Format<T>(T value) => value switch
    {
        AddressPersistence a => OptionWords.Word(a),
        SysctlPersistence s => OptionWords.Word(s),
        AixPersistence x => OptionWords.Word(x),
        bool b => b ? "true" : "false",
        _ => $"'{value}'",
    };
}
