using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Fleet;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Cli.Hosting;

/// <summary>
/// A command's view of a fleet: the documents, parsed and validated once, and the inventory of a
/// facts directory. Problems with the documents are printed to standard error as they are found.
/// </summary>
internal sealed record FleetSession(DocumentSet Documents, bool DocumentsValid, string FactsDirectory, IReadOnlyList<InventoryHost> Inventory)
{
    /// <summary>The session, or null after printing why the facts directory cannot be read.</summary>
    public static FleetSession? Open(string[] files, string factsDirectory, CliConsole console)
    {
        var inventory = Task.Run(() => ConfigAgent.Fleet.Inventory.Read(factsDirectory));
        var diagnostics = new DiagnosticBag();
        var (_, documents) = DesiredStateFiles.Read(files, diagnostics);
        DiagnosticOutput.Write(console.Error, diagnostics);
        try
        {
            return new FleetSession(documents, !diagnostics.HasErrors, factsDirectory, inventory.GetAwaiter().GetResult());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {ErrorSentence.Of(ex)}");
            return null;
        }
    }
}
