using System.Diagnostics;
using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Workflow;

/// <summary>
/// Runs .github/scripts/configagent-plan.sh as the reusable workflow does: from the desired-state
/// repository's root, configagent given through CONFIGAGENT, the job summary in a temporary file
/// and a fake <c>gh</c> on PATH that records its arguments and the comment body it was given.
/// </summary>
internal sealed class PlanScript : IDisposable
{
    public static readonly string Script = Path.Combine(RepositoryPaths.Root, ".github", "scripts", "configagent-plan.sh");

    private const string FakeGh = """
        #!/bin/sh
        printf '%s\n' "$@" >> "$GH_LOG"
        echo --- >> "$GH_LOG"
        for a in "$@"; do case $a in body=@*) cp "${a#body=@}" "$GH_BODY";; esac; done
        case "$*" in *--paginate*) if [ -n "$GH_EXISTING_ID" ]; then echo "$GH_EXISTING_ID"; fi;; esac
        exit 0
        """;

    private readonly string _temp = Path.Combine(Path.GetTempPath(), $"configagent-workflow-{Guid.NewGuid():N}");

    public PlanScript()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "bin"));
        File.WriteAllText(Path.Combine(_temp, "bin", "gh"), FakeGh.Replace("\r", "", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_temp, "bin", "gh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        File.WriteAllText(Summary, "");
    }

    public string Summary => Path.Combine(_temp, "summary.md");

    public string PlanFile => Path.Combine(_temp, "plan.md");

    public string GhLog => Path.Combine(_temp, "gh.log");

    public string GhBody => Path.Combine(_temp, "body.md");

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <c>configagent-plan.sh STEP</c> in <paramref name="repository"/> and returns its exit code and output.</summary>
    public (int ExitCode, string Output) Run(string step, string repository)
    {
        var start = new ProcessStartInfo("bash", [Script, step])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The workflow runs a published configagent; here, the one this test project was built with.
        start.Environment["CONFIGAGENT"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "configagent.dll")}";
        start.Environment["GITHUB_STEP_SUMMARY"] = Summary;
        start.Environment["PLAN_FILE"] = PlanFile;
        start.Environment["PATH"] = Path.Combine(_temp, "bin") + ":" + System.Environment.GetEnvironmentVariable("PATH");
        start.Environment["GH_LOG"] = GhLog;
        start.Environment["GH_BODY"] = GhBody;
        start.Environment["GITHUB_REPOSITORY"] = "example/desired-state";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.GetAwaiter().GetResult());
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
