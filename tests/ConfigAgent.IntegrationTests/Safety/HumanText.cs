using System.Text.RegularExpressions;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// What a user reads must be sentences: no framework resource key (the shipped binary strips
/// framework messages to keys such as IO_FileNotFound_FileName, issue 18), no exception type
/// name, no stack trace.
/// </summary>
internal static partial class HumanText
{
    public static void AssertReadable(string text)
    {
        Assert.False(ResourceKey().IsMatch(text), $"a resource key leaked ({ResourceKey().Match(text).Value}):\n{text}");
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("[A-Z][a-z]+_[A-Za-z]+")]
    private static partial Regex ResourceKey();
}
