using ConfigAgent.Compilation;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Planning;

namespace ConfigAgent.Testing;

/// <summary>A platform whose compilation returns a graph the test built, for planner and engine tests.</summary>
public sealed class FakePlatform(ResourceGraph graph) : IPlatform
{
    public string Name => "fake";

    public ResourceGraph Compile(DesiredState state, HostFacts facts, CompileContext context) => graph;

    /// <summary>Plans <paramref name="graph"/> against <paramref name="observer"/> through the real plan builder.</summary>
    public static PlanResult Plan(ResourceGraph graph, IHostObserver observer)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new DesiredStateReader().Read([], diagnostics);
        return new PlanBuilder(new FakePlatform(graph), observer).Build(documents, CompileContext.Empty, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
    }
}
