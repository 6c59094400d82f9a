using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;

namespace ConfigAgent.Planning;

/// <summary>A host's desired state compiled into resources, with the base facts it was compiled against.</summary>
public sealed record CompiledHost(HostFacts Host, DesiredState State, ResourceGraph Graph, IReadOnlyList<Resource> Order);
