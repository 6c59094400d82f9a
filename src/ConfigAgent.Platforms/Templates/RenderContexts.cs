using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// The Scriban contexts templates render in, with the settings every render shares, kept for the
/// next render once reset (a context serves one render at a time):
/// <list type="bullet">
/// <item>no limit on loops or output: the loops run over the desired state's VIPs, and Scriban's
/// defaults stop a loop at 1,000 iterations and silently cut the output at 1 MiB;</item>
/// <item>strict: a name an override misspells is an error, not an empty value;</item>
/// <item>Scriban's function library (<c>string.upcase</c>, ...) only on a template's first use of
/// it: building it takes 5 ms and more in a fresh process, more than a whole plan's rendering,
/// and no embedded template needs it;</item>
/// <item>no <c>date</c>: an artefact that printed the time would differ on every run, and plan
/// would never be empty.</item>
/// </list>
/// </summary>
internal static class RenderContexts
{
    private static readonly ConcurrentBag<TemplateContext> Idle = [];

    public static TemplateContext Rent() => Idle.TryTake(out var context) ? context : Create();

    public static void Return(TemplateContext context)
    {
        context.Reset();
        Idle.Add(context);
    }

    private static TemplateContext Create()
    {
        ScriptObject? library = null;
        return new TemplateContext(new ScriptObject())
        {
            LoopLimit = 0,
            OutputLimit = 0,
            OnStringLimit = ScriptLimitBehavior.Throw,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
            AutoIndent = false,
            TryGetVariable = (TemplateContext _, ScribanSpan _, ScriptVariable variable, out object? value) =>
                (library ??= Library()).TryGetValue(variable.Name, out value),
        };
    }

    private static ScriptObject Library()
    {
        var library = TemplateContext.GetDefaultBuiltinObject();
        library.Remove("date");
        return library;
    }
}
