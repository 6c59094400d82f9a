using System.Net;

namespace ConfigAgent.Selection;

/// <summary>What a host selector looks at: the hostname, its labels and its addresses.</summary>
public sealed record HostIdentity(string Hostname, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<IPAddress> Addresses);
