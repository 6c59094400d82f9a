using BenchmarkDotNet.Attributes;
using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Observation;
using ConfigAgent.Planning;
using ConfigAgent.Platforms;

namespace ConfigAgent.Benchmarks;

/// <summary>
/// Issue 2's target: parse + validate + compile + plan of a document with 10,000 loopback VIPs,
/// all in sync, in under 200 ms in process. The host's facts are synthetic (the kernel is not
/// part of this figure; bench/plan-process.sh measures the whole process on a real kernel).
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private SourceText _document = null!;
    private RecordedFactsObserver _host = null!;

    [Params(100, 10_000)]
    public int Vips { get; set; }

    [Params("none", "systemd")]
    public string Persistence { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        _document = new SourceText("bench.yaml", SyntheticHost.Document(Vips, persisted: Persistence == "systemd"));
        var facts = SyntheticHost.InSync(Vips);
        if (Persistence == "systemd")
        {
            facts = WithArtefactsInSync(facts);
        }

        _host = new RecordedFactsObserver(facts, "bench");
        if (Run().Plan.HasChanges)
        {
            throw new InvalidOperationException("The synthetic host is not in sync: " + string.Join(", ", Run().Plan.Changes.Select(c => c.Resource.Id)));
        }
    }

    [Benchmark]
    public PlanResult Run()
    {
        var diagnostics = new DiagnosticBag();
        var documents = new DesiredStateReader().Read([_document], diagnostics);
        return new PlanBuilder(PlatformCatalog.Get("linux"), _host).Build(documents, CompileContext.Empty, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Items));
    }

    private HostFacts WithArtefactsInSync(HostFacts facts)
    {
        // Plan against facts where the artefacts are missing, then record them as rendered.
        var files = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
        _host = new RecordedFactsObserver(facts with { Files = files }, "bench");
        foreach (var blocked in Run().Plan.Changes)
        {
            files[blocked.Resource.Id.Key] = FileFacts.Missing;
        }

        foreach (var change in Run().Plan.Changes.OfType<ConfigAgent.Persistence.FileChange>())
        {
            var path = change.Resource.Id.Key;
            files[path] = change.NewLinkTarget is { } target
                ? new FileFacts(true, LinkTarget: target)
                : new FileFacts(true, change.NewContent, ConfigAgent.Persistence.FileModes.Text(change.Mode));
        }

        return facts with { Files = files };
    }
}
