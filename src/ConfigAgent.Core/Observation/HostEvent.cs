using System.Net;

namespace ConfigAgent.Observation;

/// <summary>A change the host reported: a description for the log, and the address it concerns, when it concerns one.</summary>
public sealed record HostEvent(string Description, IPAddress? Address = null);
