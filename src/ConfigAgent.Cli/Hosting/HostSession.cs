using System.CommandLine;
using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Ownership;
using ConfigAgent.Planning;

namespace ConfigAgent.Cli.Hosting;

/// <summary>
/// A command's view of its work: validated documents and the target host. Problems are printed
/// to standard error as they are found, and the caller gets null.
/// </summary>
internal sealed class HostSession
{
    private readonly CliConsole _console;
    private readonly PlanBuilder _planner;
    private Task<Ledger>? _ledger;

    private HostSession(CliConsole console, DocumentSet documents, Target target, string? hostname, string? templates)
    {
        _console = console;
        _planner = new PlanBuilder(target.Platform, target.Observer);
        Documents = documents;
        Target = target;
        Hostname = hostname;
        Templates = templates;
    }

    public DocumentSet Documents { get; }

    public Target Target { get; }

    /// <summary>The hostname to plan as (--host), or null for the host's own.</summary>
    public string? Hostname { get; }

    /// <summary>The template override directory (--templates), or null.</summary>
    public string? Templates { get; }

    /// <param name="readOnly">
    /// The command only reads the host (plan, graph, render): its observation and ledger are read
    /// on other cores while the YAML is parsed. Apply observes under the run lock instead.
    /// </param>
    public static HostSession? Open(ParseResult parse, string[] files, TargetOptions options, CliConsole console, TimeProvider clock, bool readOnly, TimeSpan? announceInterval = null)
    {
        Target? target = null;
        Task<Ledger>? ledger = null;
        if (readOnly)
        {
            target = options.Resolve(parse, console, clock, announceInterval);
            if (target is null)
            {
                return null;
            }

            target = target with { Observer = new PrefetchingObserver(target.Observer) };
            ledger = Task.Run(() => target.Live?.Ledger.Load() ?? Ledger.Empty);
        }

        var diagnostics = new DiagnosticBag();
        var (_, documents) = DesiredStateFiles.Read(files, diagnostics);
        DiagnosticOutput.Write(console.Error, diagnostics);
        if (diagnostics.HasErrors)
        {
            console.Error.WriteLine($"error: the desired state is invalid ({DiagnosticOutput.Summary(diagnostics)}): nothing was planned or changed");
            return null;
        }

        target ??= options.Resolve(parse, console, clock, announceInterval);
        return target is null ? null : new HostSession(console, documents, target, parse.GetValue(options.Host), parse.GetValue(options.Templates)) { _ledger = ledger };
    }

    /// <summary>
    /// The ownership ledger of a live host (for recorded facts, the one they carry), or null
    /// after printing why it cannot be read: a corrupt ledger stops the command.
    /// </summary>
    public Ledger? LoadLedger()
    {
        try
        {
            return _ledger?.GetAwaiter().GetResult() ?? Target.Live?.Ledger.Load() ?? RecordedLedger.Of(Target.Observer.ObserveHost());
        }
        catch (Exception ex) when (ex is LedgerCorruptException or IOException or UnauthorizedAccessException or FormatException)
        {
            _console.Error.WriteLine($"error: {ErrorSentence.Of(ex)}");
            return null;
        }
    }

    public CompiledHost? Compile(Ledger ledger) =>
        Guard(diagnostics => _planner.Compile(Documents, new CompileContext(ledger, Templates), diagnostics, Hostname));

    /// <param name="allowMassRemoval">Lift the removal guard for this run (--allow-mass-removal).</param>
    public PlanResult? Plan(Ledger ledger, bool allowMassRemoval = false) =>
        Guard(diagnostics => _planner.Build(Documents, new CompileContext(ledger, Templates, allowMassRemoval), diagnostics, Hostname));

    private T? Guard<T>(Func<DiagnosticBag, T?> step)
        where T : class
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var result = step(diagnostics);
            DiagnosticOutput.Write(_console.Error, diagnostics);
            return result;
        }
        catch (FormatException ex)
        {
            _console.Error.WriteLine($"error: {ErrorSentence.Of(ex)}");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or HostAccessException)
        {
            _console.Error.WriteLine($"error: cannot observe {Target.Observer.Source} host: {ErrorSentence.Of(ex)}");
            return null;
        }
    }
}
