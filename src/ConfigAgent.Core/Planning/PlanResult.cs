using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;

namespace ConfigAgent.Planning;

/// <summary>A plan with what it was made from: the graph, the merged desired state and the facts observed.</summary>
public sealed record PlanResult(Plan Plan, ResourceGraph Graph, DesiredState State, HostFacts Facts);
