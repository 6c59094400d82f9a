namespace ConfigAgent.IntegrationTests.Lab;

internal sealed record IpJsonLink(string Name, int Index, string? Mac, string OperState);
