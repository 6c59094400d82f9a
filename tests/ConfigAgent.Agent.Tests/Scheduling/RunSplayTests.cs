using ConfigAgent.Agent.Scheduling;

namespace ConfigAgent.Agent.Tests.Scheduling;

public sealed class RunSplayTests
{
    [Fact]
    public void Delays_spread_over_the_whole_splay_and_stay_below_it()
    {
        var splay = new RunSplay(TimeSpan.FromSeconds(10), new Random(3));

        var delays = Enumerable.Range(0, 1000).Select(_ => splay.Next()).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1)));
        Assert.True(delays.Min() < TimeSpan.FromSeconds(1) && delays.Max() > TimeSpan.FromSeconds(9), "the delays do not cover the splay");
    }

    [Fact]
    public void No_splay_means_no_delay() => Assert.Equal(TimeSpan.Zero, new RunSplay(TimeSpan.Zero, new Random(3)).Next());
}
