namespace ConfigAgent.Facts;

/// <summary>
/// An entry of the host's ownership ledger when its facts were recorded. With them an offline
/// plan removes what the desired state no longer declares, as apply on the host would, and the
/// removal guard shows in a pull request the hosts a change would empty (issue 17).
/// </summary>
/// <param name="Id">The resource id (<c>address:lo/192.0.2.10</c>).</param>
public sealed record OwnedResource(string Id, IReadOnlyDictionary<string, string> Data, DateTimeOffset RecordedAt);
