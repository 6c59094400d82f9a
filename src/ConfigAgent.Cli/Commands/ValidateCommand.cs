using System.CommandLine;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Diagnostics;

namespace ConfigAgent.Cli.Commands;

/// <summary><c>configagent validate FILE...</c>: every problem at once, as file:line:col; exit 1 when any is an error.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.Files();
        var command = new Command("validate", "Check desired-state files and report every problem as file:line:col") { files };
        command.SetAction(parse => Run(parse.GetValue(files)!, console));
        return command;
    }

    private static int Run(string[] paths, CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        var (texts, documents) = DesiredStateFiles.Read(paths, diagnostics);
        DiagnosticOutput.Write(console.Out, diagnostics);
        if (diagnostics.HasErrors)
        {
            console.Out.WriteLine($"invalid: {DiagnosticOutput.Summary(diagnostics)}");
            return ExitCodes.Failure;
        }

        console.Out.WriteLine(
            $"valid: {texts.Count} file{(texts.Count == 1 ? "" : "s")}, {documents.Documents.Count} document{(documents.Documents.Count == 1 ? "" : "s")}, revision {documents.ShortRevision}"
            + (diagnostics.Items.Count > 0 ? $" ({DiagnosticOutput.Summary(diagnostics)})" : ""));
        return ExitCodes.Success;
    }
}
