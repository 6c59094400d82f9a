namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>One address notification as `ip -ts monitor address` printed it, with the time ip received it.</summary>
internal sealed record AddressChange(DateTime Received, bool Deleted, string Interface, string Address);
