namespace ConfigAgent.Platforms;

/// <summary>How to reach a host through a transport.</summary>
/// <param name="StateDirectory">The state directory on that host, as a path of its files (the ledger, backups).</param>
public sealed record RemoteHostOptions(string StateDirectory, TimeProvider Clock)
{
    /// <summary>What plans say the facts came from: <c>live</c>, or the transport's own words (<c>ssh root@aix-web-01</c>).</summary>
    public string Source { get; init; } = "live";
}
