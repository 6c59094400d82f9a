namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>One end of a veth pair: its namespace, name, ifindex there, and MAC.</summary>
internal sealed record VethEnd(NetworkNamespace Namespace, string Name, int Index, string Mac);
