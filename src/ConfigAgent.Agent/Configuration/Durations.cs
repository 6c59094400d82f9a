using System.Globalization;

namespace ConfigAgent.Agent.Configuration;

/// <summary>Durations as operators write them: <c>250ms</c>, <c>2s</c>, <c>5m</c>, <c>1h</c>.</summary>
public static class Durations
{
    /// <summary>The longest schedule interval, splay or lock timeout the agent takes: anything longer is a typo.</summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromHours(24);

    /// <summary>The longest pause inside a run (event debounce, announce interval): a run must not sit idle longer.</summary>
    public static TimeSpan LongestPause { get; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Reads a whole number and a unit (ms, s, m, h). A number too large for <see cref="TimeSpan"/>
    /// still reads, as <see cref="TimeSpan.MaxValue"/>, so that the caller's upper bound refuses it
    /// by name instead of an overflow escaping as an exception.
    /// </summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var unit = text.EndsWith("ms", StringComparison.Ordinal) ? "ms" : text.Length > 0 ? text[^1..] : "";
        var number = text[..^unit.Length];
        var ticksPerUnit = unit switch
        {
            "ms" => TimeSpan.TicksPerMillisecond,
            "s" => TimeSpan.TicksPerSecond,
            "m" => TimeSpan.TicksPerMinute,
            "h" => TimeSpan.TicksPerHour,
            _ => 0,
        };
        if (ticksPerUnit == 0 || number.Length == 0 || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        duration = long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= TimeSpan.MaxValue.Ticks / ticksPerUnit
            ? TimeSpan.FromTicks(value * ticksPerUnit)
            : TimeSpan.MaxValue;
        return true;
    }

    public static string Format(TimeSpan duration) =>
        duration.TotalMilliseconds % 1000 != 0 ? $"{duration.TotalMilliseconds:0}ms"
        : duration.TotalSeconds % 60 != 0 ? $"{duration.TotalSeconds:0}s"
        : duration.TotalMinutes % 60 != 0 ? $"{duration.TotalMinutes:0}m"
        : $"{duration.TotalHours:0}h";
}
