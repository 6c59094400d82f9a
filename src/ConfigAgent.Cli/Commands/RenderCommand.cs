using System.CommandLine;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Persistence;
using ConfigAgent.Planning;

namespace ConfigAgent.Cli.Commands;

/// <summary>
/// <c>configagent render FILE... --out DIR</c>: writes the boot artefacts of one host into a
/// directory for review (DIR stands for the host's /), without touching the host.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.Files();
        var target = new TargetOptions();
        var output = new Option<string>("--out") { Description = "The directory to write into; it stands for the host's /", Required = true };
        var command = new Command("render", "Write the persistence artefacts for one host into a directory for review") { files, output };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var session = HostSession.Open(parse, parse.GetValue(files)!, target, console, TimeProvider.System, readOnly: true);
            if (session?.LoadLedger() is not { } ledger || session.Plan(ledger) is not { } planned)
            {
                return ExitCodes.Failure;
            }

            List<string> written;
            try
            {
                written = Write(planned, parse.GetValue(output)!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot write the artefacts under {parse.GetValue(output)}: {ErrorSentence.Of(ex)}");
                return ExitCodes.Failure;
            }

            foreach (var path in written)
            {
                console.Out.WriteLine(path);
            }

            console.Out.WriteLine($"{written.Count} artefact{(written.Count == 1 ? "" : "s")} for {planned.Plan.Host} ({planned.Plan.Platform}) written under {parse.GetValue(output)}");

            // What the plan blocks on the boot side has no artefact: saying nothing would pass
            // a review of DIR that misses a VIP gone after the next reboot (issue 18).
            var missing = planned.Plan.Changes
                .Where(c => c is { Action: ChangeAction.Blocked, Resource: { Side: ResourceSide.Persisted } and not (FileResource or SymlinkResource or ManagedBlockResource) })
                .ToList();
            foreach (var change in missing)
            {
                console.Error.WriteLine($"{change.Resource.Origin}: error: not rendered: {change.Resource.Title}: {change.Reason}");
            }

            if (missing.Count > 0)
            {
                console.Error.WriteLine($"{missing.Count} artefact{(missing.Count == 1 ? " was" : "s were")} not rendered: the plan is blocked");
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static List<string> Write(PlanResult planned, string directory)
    {
        var written = new List<string>();
        foreach (var resource in planned.Plan.Resources.Where(r => r.Ensure == Documents.Ensure.Present))
        {
            var (path, content, link, mode) = resource switch
            {
                FileResource file => (file.Path, file.Content, null, file.Mode),
                SymlinkResource symlink => (symlink.Path, null, symlink.Target, null),
                ManagedBlockResource block => (block.Path, ManagedBlock.Put(planned.Facts.Files.GetValueOrDefault(block.Path)?.Content ?? "", block.Block), null, ObservedMode(planned, block.Path)),
                _ => ((string?)null, (string?)null, (string?)null, (UnixFileMode?)null),
            };
            if (path is null)
            {
                continue;
            }

            var full = Path.Join(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (link is not null)
            {
                File.Delete(full);
                File.CreateSymbolicLink(full, link);
            }
            else
            {
                File.WriteAllText(full, content);

                // The mode is part of the artefact: NetworkManager ignores a keyfile that others can read.
                if (mode is { } exact && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(full, exact);
                }
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>A shared file keeps the mode it has; one that does not exist yet gets apply's default.</summary>
    private static UnixFileMode ObservedMode(PlanResult planned, string path) =>
        planned.Facts.Files.GetValueOrDefault(path)?.Mode is { } octal ? (UnixFileMode)Convert.ToInt32(octal, 8) : FileModes.ReadWriteReadRead;
}
