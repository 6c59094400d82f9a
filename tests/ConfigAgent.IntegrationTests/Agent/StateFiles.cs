using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// The agent's files under its state directory after it stopped, however it stopped: each must
/// be whole. Atomic writes go through a temporary file next to the target
/// (.NAME.configagent-PID.tmp) renamed over it, so a kill can leave such a file behind but never a
/// half-written report, ledger or last good desired state.
/// </summary>
internal static partial class StateFiles
{
    /// <summary>The temporary files found (allowed only when <paramref name="temporariesAllowed"/>); fails on any other file that does not parse.</summary>
    public static IReadOnlyList<string> AssertComplete(string stateDirectory, bool temporariesAllowed)
    {
        var temporaries = new List<string>();
        foreach (var path in Directory.EnumerateFiles(stateDirectory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            if (Temporary().IsMatch(name))
            {
                temporaries.Add(path);
                continue;
            }

            if (name == "lock")
            {
                continue;
            }

            Assert.EndsWith(".json", name, StringComparison.Ordinal);
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(path));
                Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
            }
            catch (JsonException e)
            {
                Assert.Fail($"{path} is not whole JSON ({new FileInfo(path).Length} bytes): {e.Message}");
            }
        }

        Assert.True(temporariesAllowed || temporaries.Count == 0, $"temporary files left behind: {string.Join(", ", temporaries)}");
        return temporaries;
    }

    [GeneratedRegex(@"^\..+\.configagent-\d+\.tmp$")]
    private static partial Regex Temporary();
}
