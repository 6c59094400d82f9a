using System.Runtime.CompilerServices;

namespace ConfigAgent.Testing;

/// <summary>
/// Golden files: expected output committed under the test project's Golden/ folder and reviewed
/// like code. To re-approve after an intended change: <c>CONFIGAGENT_APPROVE=1 dotnet test</c>,
/// then read the diff in git.
/// </summary>
public static class Golden
{
    public static void Verify(string actual, string name, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(ProjectDirectory(caller), "Golden");
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Environment.GetEnvironmentVariable("CONFIGAGENT_APPROVE") is "1" or "true")
        {
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            File.WriteAllText(path + ".received", actual);
            throw new GoldenMismatchException($"No golden file {path}; the output is in {path}.received (approve with CONFIGAGENT_APPROVE=1).");
        }

        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            File.WriteAllText(path + ".received", actual);
            throw new GoldenMismatchException($"Output differs from {path}; the output is in {path}.received. First difference: {FirstDifference(expected, actual)}");
        }
    }

    private static string ProjectDirectory(string caller)
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null && !Directory.EnumerateFiles(directory, "*.csproj").Any())
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No project above {caller}.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
            var a = i < actualLines.Length ? actualLines[i] : "(end)";
            if (e != a)
            {
                return $"line {i + 1}: expected «{e}», got «{a}»";
            }
        }

        return "(none)";
    }
}
