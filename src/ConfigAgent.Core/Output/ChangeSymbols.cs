using ConfigAgent.Graph;
using ConfigAgent.Planning;

namespace ConfigAgent.Output;

/// <summary>The one-character marks plans use, as in diff and Terraform: + create, ~ update, - delete, ! blocked.</summary>
public static class ChangeSymbols
{
    public static char Of(ChangeAction action) => action switch
    {
        ChangeAction.Create => '+',
        ChangeAction.Update => '~',
        ChangeAction.Delete => '-',
        _ => '!',
    };

    /// <summary>"3 to change (2 to create, 1 to update, 0 to delete), 4 in sync".</summary>
    public static string Summary(Plan plan)
    {
        var blocked = plan.CountOf(ChangeAction.Blocked);
        var changes = plan.Changes.Count - blocked;
        var text = changes == 0 && blocked == 0
            ? $"No changes: {plan.InSync} resources in sync."
            : $"{changes} to change ({plan.CountOf(ChangeAction.Create)} to create, {plan.CountOf(ChangeAction.Update)} to update, {plan.CountOf(ChangeAction.Delete)} to delete), {plan.InSync} in sync.";
        if (plan.MassRemoval is { Allowed: false } guard)
        {
            text = $"{text} Removal guard: {guard.Removals.Count} of {guard.Owned} owned resources would be removed; apply will not start without --allow-mass-removal.";
        }

        return blocked == 0 ? text : $"{text} {blocked} blocked: apply will not start until they are resolved.";
    }
}
