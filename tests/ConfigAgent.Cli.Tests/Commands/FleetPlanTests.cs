using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Commands;

[Collection(nameof(CurrentDirectory))]
public sealed class FleetPlanTests
{
    [Theory]
    [InlineData("text", "fleet-plan-gitops.txt")]
    [InlineData("markdown", "fleet-plan-gitops.md")]
    [InlineData("json", "fleet-plan-gitops.json")]
    public void The_example_fleet_plans_in_each_format(string format, string golden)
    {
        var (code, output, error) = CliRun.Run("plan", "--facts-dir", FleetFacts.ExampleDirectory, FleetFacts.Documents, "--format", format);

        Assert.Equal("", error);
        Assert.Equal(2, code);
        Golden.Verify(output, golden);
    }

    [Fact]
    public void Each_host_is_planned_exactly_as_the_single_host_plan_plans_it()
    {
        var (_, fleet, _) = CliRun.Run("plan", "--facts-dir", FleetFacts.ExampleDirectory, FleetFacts.Documents, "--format", "json");

        foreach (var host in JsonNode.Parse(fleet)!["hosts"]!.AsArray())
        {
            var file = host!["facts_file"]!.GetValue<string>();
            var (_, single, _) = CliRun.Run("plan", FleetFacts.Documents, "--facts", file, "--format", "json");

            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(single), host["plan"]), $"the fleet plan of {file} differs from plan --facts");
        }
    }

    [Theory]
    [InlineData("--facts", "examples/facts/aix.json", "--facts cannot be used with --facts-dir")]
    [InlineData("--host", "web-01", "--host cannot be used with --facts-dir")]
    [InlineData("--platform", "aix", "--platform cannot be used with --facts-dir")]
    public void Options_for_one_host_are_refused_with_a_facts_directory(string option, string value, string message)
    {
        var (code, output, error) = CliRun.Run("plan", "--facts-dir", FleetFacts.ExampleDirectory, FleetFacts.Documents, option, value);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {message}: every host's facts, hostname and platform come from its file in the facts directory", error);
    }

    [Fact]
    public void A_fleet_in_sync_exits_0_without_detailed_exitcode()
    {
        using var facts = new FleetFacts().With("web-02").With("db-01");

        var (code, output, _) = CliRun.Run("plan", "--facts-dir", facts.Directory, FleetFacts.Documents);

        Assert.Equal(0, code);
        Assert.EndsWith("No changes on 2 hosts; 0 hosts blocked, 0 with errors.\n", output);
    }

    [Fact]
    public void Hosts_are_planned_in_hostname_order_whatever_their_file_names()
    {
        using var facts = new FleetFacts().With("web-02", "a.json").With("db-01", "z.json");

        var (_, output, _) = CliRun.Run("plan", "--facts-dir", facts.Directory, FleetFacts.Documents);

        Assert.True(output.IndexOf("  db-01 ", StringComparison.Ordinal) < output.IndexOf("  web-02 ", StringComparison.Ordinal), output);
    }

    [Fact]
    public void An_unreadable_facts_file_fails_the_plan_and_the_other_hosts_are_still_planned()
    {
        using var facts = new FleetFacts().With("web-01").WithFile("broken.json", "{ \"platform\": ");

        var (code, output, error) = CliRun.Run("plan", "--facts-dir", facts.Directory, FleetFacts.Documents, "--format", "markdown");

        Assert.Equal(1, code);
        Assert.Contains("| `broken` | unknown | — | error: 1 problem |", output);
        Assert.Contains("| `web-01` | linux | `web-pool` | +5 ~4 -0 |", output);
        Assert.Contains("would change: 9 changes (5 to create, 4 to update, 0 to delete); 0 hosts blocked, 1 with errors.", output);
        Assert.Contains($"error: {Path.Combine(facts.Directory, "broken.json")}: cannot read the facts: not a valid facts file", error);
    }

    [Fact]
    public void A_host_of_an_unknown_platform_is_an_error_on_that_host()
    {
        using var facts = new FleetFacts().With("web-02").With("web-01", edit: text => text.Replace("\"platform\": \"linux\"", "\"platform\": \"solaris\"", StringComparison.Ordinal));

        var (code, output, error) = CliRun.Run("plan", "--facts-dir", facts.Directory, FleetFacts.Documents, "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains("\"status\": \"error\"", output);
        Assert.Contains("\"status\": \"in_sync\"", output);
        Assert.Contains("web-01.json: unknown platform 'solaris' (known: linux, aix, windows)", error);
    }

    [Fact]
    public async Task A_hostname_from_a_facts_file_cannot_break_out_of_the_markdown()
    {
        using var facts = new FleetFacts().With("web-02", edit: text => text.Replace("\"hostname\": \"web-02\"", "\"hostname\": \"web-<img src=x>|`2\"", StringComparison.Ordinal));

        var (_, output, _) = CliRun.Run("plan", "--facts-dir", facts.Directory, FleetFacts.Documents, "--format", "markdown");

        // A code span shows its text as it is: the tag is text there, and the backtick stays one.
        Assert.Contains("| ``web-<img src=x>\\|`2`` | linux | `web-pool` |", output);
        if (CmarkGfm.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var html = await CmarkGfm.RenderAsync(output, TestContext.Current.CancellationToken);
        Assert.Contains("<td><code>web-&lt;img src=x&gt;|`2</code></td>\n<td>linux</td>", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void A_blocked_host_fails_the_plan()
    {
        using var facts = new FleetFacts().With("lb-01", edit: text => text.Replace("\"eth1\"", "\"eth2\"", StringComparison.Ordinal));

        var (code, output, _) = CliRun.Run("plan", "--facts-dir", facts.Directory, FleetFacts.Documents);

        Assert.Equal(1, code);
        Assert.Contains("there is no interface 'eth1'", output);
        Assert.EndsWith("; 1 host blocked, 0 with errors.\n", output);
    }

    [Fact]
    public void An_invalid_document_plans_no_host_and_exits_1()
    {
        using var facts = new FleetFacts().With("web-01");
        var document = Path.Combine(facts.Directory, "bad.yaml");
        File.WriteAllText(document, "version: 1\nloopback_vips: [192.0.2.300]\n");

        var (code, output, error) = CliRun.Run("plan", "--facts-dir", facts.Directory, document);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith($"{document}:2:", error);
        Assert.Contains("error: the desired state is invalid: no host was planned", error);
    }

    [Fact]
    public void A_missing_facts_directory_is_an_error()
    {
        var (code, _, error) = CliRun.Run("plan", "--facts-dir", "examples/gitops/no-such-facts", FleetFacts.Documents);

        Assert.Equal(1, code);
        Assert.Equal("error: the facts directory examples/gitops/no-such-facts does not exist\n", error);
    }
}
