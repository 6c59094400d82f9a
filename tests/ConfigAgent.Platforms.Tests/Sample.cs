using ConfigAgent.Platforms.Captured;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests;

/// <summary>
/// Real command output copied from ../shared/platform-samples into Samples/ (their "# source:"
/// header kept), read the way a capture is read: without the header.
/// </summary>
internal static class Sample
{
    public static string Read(string name) =>
        CaptureText.WithoutHeader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "ConfigAgent.Platforms.Tests", "Samples", name)));

    /// <summary>The output with CRLF line ends, as Windows prints it (the samples were stored with LF).</summary>
    public static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
}
