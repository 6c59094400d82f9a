using System.Diagnostics;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>Polls a condition with a deadline: lab tests wait for the kernel or a process, never for a fixed time.</summary>
internal static class Wait
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    public static void Until(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{what}: still not the case after {timeout.TotalSeconds} s");
            }

            Task.Delay(Interval).GetAwaiter().GetResult();
        }
    }
}
