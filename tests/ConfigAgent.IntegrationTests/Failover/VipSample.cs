namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>Who held the VIP at one moment: ha-a, ha-b, both (a split brain) or neither (a failover in progress).</summary>
internal sealed record VipSample(TimeSpan At, bool OnA, bool OnB)
{
    public bool OnBoth => OnA && OnB;

    public override string ToString() => $"{At.TotalMilliseconds:0} ms: {(OnA ? "ha-a" : "")}{(OnBoth ? "+" : "")}{(OnB ? "ha-b" : "")}{(OnA || OnB ? "" : "nobody")}";
}
