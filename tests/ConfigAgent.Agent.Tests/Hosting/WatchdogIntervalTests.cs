using System.Globalization;
using ConfigAgent.Agent.Hosting;

namespace ConfigAgent.Agent.Tests.Hosting;

/// <summary>The watchdog systemd asks for, read as sd_watchdog_enabled(3) reads it.</summary>
[Collection(nameof(NotifySocketEnvironment))]
public sealed class WatchdogIntervalTests
{
    [Fact]
    public void The_interval_comes_from_watchdog_usec_for_this_process()
    {
        using var systemd = new NotifySocket(TimeSpan.FromSeconds(120));

        var watchdog = WatchdogInterval.FromEnvironment();

        Assert.Equal((TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(30)), (watchdog!.Interval, watchdog.FeedEvery, watchdog.HeartbeatEvery));
    }

    [Fact]
    public void A_watchdog_meant_for_another_process_is_not_fed()
    {
        using var systemd = new NotifySocket(TimeSpan.FromSeconds(120), watchdogPid: (Environment.ProcessId + 1).ToString(CultureInfo.InvariantCulture));

        Assert.Null(WatchdogInterval.FromEnvironment());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2s")]
    [InlineData("99999999999999999999")]
    public void No_watchdog_without_a_positive_number_of_microseconds(string usec)
    {
        using var systemd = new NotifySocket(TimeSpan.FromSeconds(120));
        Environment.SetEnvironmentVariable("WATCHDOG_USEC", usec);

        Assert.Null(WatchdogInterval.FromEnvironment());
    }
}
