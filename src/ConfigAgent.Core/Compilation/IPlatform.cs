using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;

namespace ConfigAgent.Compilation;

/// <summary>
/// One operating system's view of the desired state: the only place where a document becomes
/// platform resources. Platforms implement resources; they do not re-interpret the document.
/// </summary>
public interface IPlatform
{
    /// <summary><c>linux</c>, <c>aix</c> or <c>windows</c>, as in facts.</summary>
    string Name { get; }

    /// <summary>
    /// Compiles the desired state of a host into resources and ordering edges. The facts are the
    /// host's base observation (interfaces, OS): enough to choose styles, never to decide drift.
    /// </summary>
    ResourceGraph Compile(DesiredState state, HostFacts facts, CompileContext context);
}
