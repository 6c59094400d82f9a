using System.CommandLine;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Compilation;
using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Output.Facts;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms;
using ConfigAgent.Selection;
using ConfigAgent.Validation;

namespace ConfigAgent.Cli.Commands;

/// <summary>
/// <c>configagent facts [FILE...]</c>: the observed state of a host as JSON, the file
/// <c>plan --facts</c> reads. Live on Linux: interfaces, addresses, the ARP sysctls of every
/// interface, os-release, the persistence artefacts. AIX and Windows hosts do not run ConfigAgent:
/// <c>--platform aix|windows --from DIR</c> reads command output captured there. With FILEs, the
/// facts also hold everything their compiled graph will test, so an offline plan of the same files
/// finds all it needs.
/// </summary>
internal static class FactsCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Desired-state files whose resources the facts must cover (optional)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var platform = new Option<string?>("--platform") { Description = "The platform of the captured host (aix, windows); with --from" };
        var from = new Option<string?>("--from") { Description = "A directory of command output captured on an AIX or Windows host (see the README)" };
        var root = CommonOptions.Root();
        var stateDirectory = new Option<string>("--state-dir") { Description = "Where the ledger lives (under --root)", DefaultValueFactory = _ => LocalHostOptions.DefaultStateDirectory };
        var host = CommonOptions.Host();
        var templates = new Option<string?>("--templates") { Description = "A directory of template overrides, as for plan" };
        var command = new Command("facts", "Print the observed state of this host (or of a captured AIX or Windows host) as JSON, for plan --facts")
        {
            files, platform, from, root, stateDirectory, host, templates,
        };
        command.SetAction(parse =>
        {
            var request = new FactsRequest(parse.GetValue(files) ?? [], parse.GetValue(platform), parse.GetValue(from), parse.GetValue(root)!, parse.GetValue(stateDirectory)!, parse.GetValue(host), parse.GetValue(templates));
            return Run(request, console, TimeProvider.System);
        });
        return command;
    }

    private static int Run(FactsRequest request, CliConsole console, TimeProvider clock)
    {
        var diagnostics = new DiagnosticBag();
        var (_, documents) = DesiredStateFiles.Read(request.Files, diagnostics);
        DiagnosticOutput.Write(console.Error, diagnostics);
        if (diagnostics.HasErrors)
        {
            console.Error.WriteLine($"error: the desired state is invalid ({DiagnosticOutput.Summary(diagnostics)}): no facts were recorded");
            return ExitCodes.Failure;
        }

        try
        {
            var (platform, observer, ledger) = Resolve(request, clock);
            var facts = observer.ObserveHost();
            if (request.Hostname is { } hostname)
            {
                facts = facts with { Hostname = hostname };
            }

            var scope = new ObservationScope { Everything = true };
            if (documents.Documents.Count > 0)
            {
                var state = DesiredStateComposer.Compose(documents, HostIdentity.Of(facts));
                var compiling = new DiagnosticBag();
                DesiredStateValidator.ValidateHost(state, compiling);
                DiagnosticOutput.Write(console.Error, compiling);
                if (compiling.HasErrors)
                {
                    return ExitCodes.Failure;
                }

                foreach (var resource in platform.Compile(state, facts, new CompileContext(ledger, request.Templates)).Resources)
                {
                    resource.Scope(scope);
                }
            }

            var observed = observer.ObserveDetails(facts, scope);
            console.Out.Write(FactsJsonRenderer.Render(request.From is null ? observed with { Owned = RecordedLedger.Record(ledger) } : observed));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is HostAccessException or IOException or UnauthorizedAccessException or ArgumentException
            or FormatException or PlatformNotSupportedException or LedgerCorruptException)
        {
            console.Error.WriteLine($"error: {ErrorSentence.Of(ex)}");
            return ExitCodes.Failure;
        }
    }

    private static (IPlatform Platform, IHostObserver Observer, Ledger Ledger) Resolve(FactsRequest request, TimeProvider clock)
    {
        if (request.From is { } directory)
        {
            var captured = PlatformCatalog.Captured(
                request.Platform ?? throw new ArgumentException("--from needs --platform aix or --platform windows: the capture does not say"),
                directory,
                clock);
            return (captured.Platform, captured.Observer, Ledger.Empty);
        }

        if (request.Platform is { } other and not "linux")
        {
            throw new ArgumentException($"--platform {other} needs --from DIR: ConfigAgent does not run on {other}; capture the command output there (see the README)");
        }

        var local = PlatformCatalog.Local(new LocalHostOptions(request.Root, request.StateDirectory, clock, LocalHostOptions.DefaultAnnounceInterval));
        return (local.Platform, local.Observer, local.Ledger.Load());
    }

    private sealed record FactsRequest(string[] Files, string? Platform, string? From, string Root, string StateDirectory, string? Hostname, string? Templates);
}
