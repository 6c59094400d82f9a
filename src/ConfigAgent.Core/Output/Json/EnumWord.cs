using System.Text.Json;

namespace ConfigAgent.Output.Json;

/// <summary>
/// The word every output uses for an enum value: its name in snake_case (<c>InSync</c> is
/// <c>in_sync</c>, <c>RolledBack</c> is <c>rolled_back</c>), the same in JSON, in metric labels
/// and on the status screen.
/// </summary>
public static class EnumWord
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        foreach (var (candidate, word) in Words<T>.All)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return word;
            }
        }

        return JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
    }

    /// <summary>The value whose word is <paramref name="word"/> (exactly), or null.</summary>
    public static T? Parse<T>(string? word)
        where T : struct, Enum
    {
        foreach (var (value, candidate) in Words<T>.All)
        {
            if (candidate == word)
            {
                return value;
            }
        }

        return null;
    }

    // Built once per enum: plans and reports name thousands of values.
    private static class Words<T>
        where T : struct, Enum
    {
        public static readonly (T Value, string Word)[] All = [.. Enum.GetValues<T>().Select(v => (v, JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString())))];
    }
}
