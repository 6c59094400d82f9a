using ConfigAgent.Documents;

namespace ConfigAgent.Fleet;

/// <summary>
/// One host of an inventory and its documents: those that select it, those that do not and why,
/// and the conflicts between the selected ones (each naming both places).
/// </summary>
public sealed record HostAssignment(
    InventoryHost Host,
    IReadOnlyList<DesiredStateDocument> Selected,
    IReadOnlyList<(DesiredStateDocument Document, string Reason)> NotSelected,
    IReadOnlyList<string> Conflicts);
