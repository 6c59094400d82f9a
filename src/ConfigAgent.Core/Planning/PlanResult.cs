using ConfigAgent.Facts;

namespace ConfigAgent.Planning;

/// <summary>A plan with what it was made from: the compiled host and the facts the resources were tested against.</summary>
public sealed record PlanResult(Plan Plan, CompiledHost Compiled, HostFacts Facts);
