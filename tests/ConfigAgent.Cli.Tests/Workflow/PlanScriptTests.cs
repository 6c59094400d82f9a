using System.Text;
using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Workflow;

[Collection(nameof(CurrentDirectory))]
public sealed class PlanScriptTests
{
    private static readonly string Gitops = Path.Combine(RepositoryPaths.Root, "examples", "gitops");

    [Fact]
    public void The_plan_step_writes_the_fleet_plan_to_the_job_summary_and_passes_with_changes()
    {
        using var script = new PlanScript();
        var (_, expected, _) = CliRun.Run("plan", "--facts-dir", "examples/gitops/facts", "examples/gitops/desired-state", "--format", "markdown");

        var (code, output) = script.Run("plan", Gitops);

        Assert.True(code == 0, output);
        var summary = File.ReadAllText(script.Summary);
        Assert.StartsWith("<!-- configagent-plan -->\n## ConfigAgent fleet plan\n", summary);
        Assert.Contains("6 of 9 hosts would change", summary);
        Assert.Equal(Relative(expected), summary["<!-- configagent-plan -->\n".Length..]);
        Assert.DoesNotContain("Shortened", summary);
        Assert.Contains("valid: 3 files, 3 documents", output);
    }

    [Fact]
    public void A_summary_over_the_limit_is_shortened_with_its_blocks_closed_and_a_note()
    {
        using var script = new PlanScript();
        script.Environment["SUMMARY_LIMIT"] = "4000";

        var (code, output) = script.Run("plan", Gitops);

        Assert.True(code == 0, output);
        var summary = File.ReadAllText(script.Summary);
        Assert.InRange(Encoding.UTF8.GetByteCount(summary), 2000, 4000);
        Assert.EndsWith(" bytes, over the 4000 that GitHub takes here. The whole plan is in the job log (step \"Plan\").\n", summary);
        Assert.Equal(Count(summary, "<details>"), Count(summary, "</details>"));
        Assert.Equal(0, Count(summary, "\n```") % 2);
        Assert.Contains("| `web-win-01` | windows |", output);
    }

    [Fact]
    public void The_plan_step_fails_on_an_error_and_the_summary_says_why()
    {
        using var script = new PlanScript();
        using var facts = new FleetFacts().With("web-01").WithFile("broken.json", "not json");
        script.Environment["FACTS_DIR"] = facts.Directory;

        var (code, _) = script.Run("plan", Gitops);

        Assert.Equal(1, code);
        var summary = File.ReadAllText(script.Summary);
        Assert.Contains(":x: **", summary);
        Assert.Contains("#### Errors\n\n```\nerror: " + Path.Combine(facts.Directory, "broken.json") + ": cannot read the facts", summary);
    }

    [Fact]
    public void An_invalid_document_fails_the_plan_step_with_the_validation_errors()
    {
        using var script = new PlanScript();
        using var facts = new FleetFacts().With("web-01");
        File.WriteAllText(Path.Combine(facts.Directory, "bad.yaml"), "version: 1\nloopback_vips: [192.0.2.300]\n");
        script.Environment["DOCUMENTS"] = "bad.yaml";
        script.Environment["FACTS_DIR"] = ".";

        var (code, _) = script.Run("plan", facts.Directory);

        Assert.Equal(1, code);
        var summary = File.ReadAllText(script.Summary);
        Assert.Contains(":x: **The desired state is invalid: no host was planned.**\n\n```\nbad.yaml:2:", summary);
    }

    [Fact]
    public void The_comment_step_posts_a_new_comment_shortened_to_the_comment_limit()
    {
        using var script = new PlanScript();
        script.Run("plan", Gitops);
        script.Environment["PR_NUMBER"] = "17";
        script.Environment["COMMENT_LIMIT"] = "3000";

        var (code, output) = script.Run("comment", Gitops);

        Assert.True(code == 0, output);
        var calls = File.ReadAllText(script.GhLog).Split("---\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, calls.Length);
        Assert.StartsWith("api\n--paginate\nrepos/example/desired-state/issues/17/comments\n--jq\n.[] | select(.body | startswith(\"<!-- configagent-plan -->\")) | .id\n", calls[0]);
        Assert.StartsWith("api\n--method\nPOST\nrepos/example/desired-state/issues/17/comments\n-F\nbody=@", calls[1]);
        var body = File.ReadAllText(script.GhBody);
        Assert.StartsWith("<!-- configagent-plan -->\n## ConfigAgent fleet plan\n", body);
        Assert.InRange(Encoding.UTF8.GetByteCount(body), 1000, 3000);
        Assert.Contains("over the 3000 that GitHub takes here", body);
    }

    [Fact]
    public void The_comment_step_updates_the_comment_an_earlier_run_posted()
    {
        using var script = new PlanScript();
        script.Run("plan", Gitops);
        script.Environment["PR_NUMBER"] = "17";
        script.Environment["GH_EXISTING_ID"] = "4242";

        var (code, output) = script.Run("comment", Gitops);

        Assert.True(code == 0, output);
        var calls = File.ReadAllText(script.GhLog).Split("---\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("api\n--method\nPATCH\nrepos/example/desired-state/issues/comments/4242\n-F\nbody=@", calls[1]);
        Assert.Equal(File.ReadAllText(script.PlanFile), File.ReadAllText(script.GhBody));
    }

    // The script runs in the desired-state repository, so its paths are relative to that root.
    private static string Relative(string markdown) => markdown.Replace("examples/gitops/", "", StringComparison.Ordinal);

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
