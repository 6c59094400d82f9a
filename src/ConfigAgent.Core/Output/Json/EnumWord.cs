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
        var values = Words<T>.Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(values[i], value))
            {
                return Words<T>.All[i];
            }
        }

        return JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
    }

    /// <summary>The value whose word is <paramref name="word"/> (exactly), or null.</summary>
    public static T? Parse<T>(string? word)
        where T : struct, Enum
    {
        var index = Array.IndexOf(Words<T>.All, word);
        return index < 0 ? null : Words<T>.Values[index];
    }

    // Built once per enum, with plain loops: plans and reports name thousands of values, and every
    // generic instantiation is type data a Native AOT process rehydrates at each start.
    private static class Words<T>
        where T : struct, Enum
    {
        public static readonly T[] Values = Enum.GetValues<T>();

        public static readonly string[] All = Build();

        private static string[] Build()
        {
            var words = new string[Values.Length];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = JsonNamingPolicy.SnakeCaseLower.ConvertName(Values[i].ToString());
            }

            return words;
        }
    }
}
