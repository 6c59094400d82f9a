using ConfigAgent.Diagnostics;

namespace ConfigAgent.Cli.Hosting;

/// <summary>Prints diagnostics the way compilers do, one per line: <c>file:line:col: error: message</c>.</summary>
internal static class DiagnosticOutput
{
    public static void Write(TextWriter writer, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static string Summary(DiagnosticBag diagnostics)
    {
        var errors = diagnostics.Items.Count(d => d.IsError);
        var warnings = diagnostics.Items.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
