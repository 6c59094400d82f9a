using ConfigAgent.Facts;
using ConfigAgent.Graph;

namespace ConfigAgent.Platforms.Resources;

/// <summary>A change to an address, with the address as observed: what a rollback puts back.</summary>
internal sealed class AddressChange(AddressResource resource, ChangeAction action, AddressFacts? existing, string? before, string? after, string reason)
    : Change(resource, action, before, after, reason)
{
    public new AddressResource Resource { get; } = resource;

    public AddressFacts? Existing { get; } = existing;
}
