using System.Globalization;

namespace ConfigAgent.Documents;

/// <summary>The integer range of a kernel parameter, for one or more space-separated fields.</summary>
public sealed record SysctlRange(long Min, long Max, int Fields = 1, IReadOnlyList<long>? Excluded = null)
{
    /// <summary>Returns why <paramref name="value"/> (already normalised) is out of range, or null.</summary>
    public string? Problem(string name, string value)
    {
        var fields = value.Split(' ');
        if (fields.Length != Fields)
        {
            return Fields == 1
                ? $"{name} takes one integer, found '{value}'"
                : $"{name} takes {Fields} integers separated by spaces, found '{value}'";
        }

        var previous = long.MinValue;
        foreach (var field in fields)
        {
            if (!long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return $"{name} takes integers, found '{field}'";
            }

            if (number < Min || number > Max || (Excluded?.Contains(number) ?? false))
            {
                return $"{name} = {field} is out of range ({Describe()})";
            }

            if (number < previous)
            {
                return $"{name}: the fields of '{value}' must not decrease";
            }

            previous = number;
        }

        return null;
    }

    /// <summary>The accepted values for humans: "0 to 2", or "0, 1, 2, 3 or 8" when some in between are reserved.</summary>
    public string Describe()
    {
        if (Excluded is not { Count: > 0 })
        {
            return $"{Min} to {Max}";
        }

        var allowed = new List<long>();
        for (var value = Min; value <= Max; value++)
        {
            if (!Excluded.Contains(value))
            {
                allowed.Add(value);
            }
        }

        return string.Join(", ", allowed.SkipLast(1)) + " or " + allowed[^1];
    }
}
