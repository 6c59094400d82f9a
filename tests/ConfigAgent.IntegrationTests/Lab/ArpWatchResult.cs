namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>What a stopped <see cref="ArpWatch"/> saw.</summary>
internal sealed record ArpWatchResult(int Probes, IReadOnlyList<ArpReply> Replies);
