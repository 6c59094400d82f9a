using System.Globalization;

namespace ConfigAgent.Agent.Configuration;

/// <summary>Durations as operators write them: <c>250ms</c>, <c>2s</c>, <c>5m</c>, <c>1h</c>.</summary>
public static class Durations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var unit = text.EndsWith("ms", StringComparison.Ordinal) ? "ms" : text.Length > 0 ? text[^1..] : "";
        var number = text[..^unit.Length];
        if (number.Length == 0 || !number.All(char.IsAsciiDigit) || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        TimeSpan? parsed = unit switch
        {
            "ms" => TimeSpan.FromMilliseconds(value),
            "s" => TimeSpan.FromSeconds(value),
            "m" => TimeSpan.FromMinutes(value),
            "h" => TimeSpan.FromHours(value),
            _ => null,
        };
        duration = parsed ?? default;
        return parsed is not null;
    }

    public static string Format(TimeSpan duration) =>
        duration.TotalMilliseconds % 1000 != 0 ? $"{duration.TotalMilliseconds:0}ms"
        : duration.TotalSeconds % 60 != 0 ? $"{duration.TotalSeconds:0}s"
        : duration.TotalMinutes % 60 != 0 ? $"{duration.TotalMinutes:0}m"
        : $"{duration.TotalHours:0}h";
}
