using System.Globalization;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>
/// Skips a failover test where keepalived is not installed, naming the package; in CI
/// (CONFIGAGENT_CONSUMERS_REQUIRED=1, .ci/run installs it) a missing keepalived fails instead.
/// </summary>
internal static class KeepalivedGuard
{
    private static readonly Lazy<int?> Signal = new(FindJsonSignal);

    /// <summary>The signal that makes keepalived write /tmp/keepalived.json, as `keepalived --signum=JSON` names it.</summary>
    public static int JsonSignal => Signal.Value ?? throw new InvalidOperationException("keepalived is not installed");

    public static void RequireKeepalived()
    {
        if (Signal.Value is not null)
        {
            return;
        }

        const string Missing = "keepalived is not installed (Debian: apt-get install keepalived)";
        if (Environment.GetEnvironmentVariable("CONFIGAGENT_CONSUMERS_REQUIRED") == "1")
        {
            Assert.Fail(Missing);
        }

        Assert.Skip(Missing);
    }

    private static int? FindJsonSignal()
    {
        try
        {
            return int.Parse(LabProcess.Run("keepalived", "--signum=JSON").Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or FormatException)
        {
            return null;
        }
    }
}
