using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Commands;

[Collection(nameof(CurrentDirectory))]
public sealed class PlanCommandTests
{
    private static readonly string Facts = CliRun.Fixture("web-01.linux.json");

    [Theory]
    [InlineData("text", "plan-dsr-realserver.txt")]
    [InlineData("json", "plan-dsr-realserver.json")]
    [InlineData("markdown", "plan-dsr-realserver.md")]
    public void The_plan_of_the_seed_renders_in_each_format(string format, string golden)
    {
        var (code, output, error) = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", Facts, "--format", format);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Golden.Verify(output.Replace(Facts, "<facts>", StringComparison.Ordinal), golden);
    }

    [Fact]
    public void A_hostname_from_a_facts_file_cannot_break_the_markdown_heading()
    {
        var directory = Directory.CreateTempSubdirectory("configagent-facts-").FullName;
        try
        {
            var facts = Path.Combine(directory, "odd.json");
            File.WriteAllText(facts, File.ReadAllText(Facts).Replace("\"hostname\": \"web-01\"", "\"hostname\": \"web`01\\n# injected\"", StringComparison.Ordinal));

            var (code, output, error) = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", facts, "--format", "markdown");

            Assert.Equal("", error);
            Assert.Equal(0, code);
            Assert.StartsWith("### ConfigAgent plan for ``web`01 # injected`` (linux)\n\n", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Colour_marks_the_actions_when_the_console_allows_it()
    {
        var (_, plain, _) = CliRun.Run(false, "plan", "examples/dsr-realserver.yaml", "--facts", Facts);
        var (_, coloured, _) = CliRun.Run(true, "plan", "examples/dsr-realserver.yaml", "--facts", Facts);

        Assert.DoesNotContain("\e[", plain);
        Assert.Contains("\e[32m+ address 192.168.0.10/32 on lo (label lo:0)\e[0m", coloured);
        Assert.Contains("\e[33m~ sysctl net.ipv4.conf.all.arp_ignore\e[0m", coloured);
    }

    [Fact]
    public void Detailed_exit_codes_say_whether_there_are_changes()
    {
        Assert.Equal(2, CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", Facts, "--detailed-exitcode").ExitCode);
        Assert.Equal(0, CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", CliRun.Fixture("web-01.in-sync.linux.json"), "--detailed-exitcode").ExitCode);
    }

    [Fact]
    public void A_host_in_sync_has_an_empty_plan_despite_the_kernels_formatting()
    {
        var (code, output, _) = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", CliRun.Fixture("web-01.in-sync.linux.json"));

        Assert.Equal(0, code);
        Assert.Contains("No changes: 7 resources in sync.", output);
    }

    [Fact]
    public void An_invalid_document_plans_nothing_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"configagent-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "version: 1\nloopback_vips: [192.168.0.10/24]\n");
        try
        {
            var (code, output, error) = CliRun.Run("plan", path, "--facts", Facts, "--detailed-exitcode");

            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.StartsWith($"{path}:2:17: error: a loopback (DSR) VIP must be a host address (/32)", error);
            Assert.Contains("nothing was planned or changed", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_blocked_resource_fails_the_plan()
    {
        var noEth0 = CliRun.Fixture("web-01.in-sync.linux.json");

        var (code, output, _) = CliRun.Run("plan", "examples/ha-vip.yaml", "--facts", noEth0, "--host", "app-active-1", "--detailed-exitcode");

        Assert.Equal(1, code);
        Assert.Contains("! address 172.26.7.100/24 on eth0 (label eth0:1)\n", output);
        Assert.Contains("there is no interface 'eth0'", output);
    }

    [Fact]
    public void A_host_no_document_selects_gets_a_note_and_no_changes()
    {
        var (code, output, _) = CliRun.Run("plan", "examples/ha-vip.yaml", "--facts", Facts);

        Assert.Equal(0, code);
        Assert.Contains("note: no document selects host 'web-01'", output);
    }

    [Fact]
    public void A_missing_facts_file_is_an_error_not_a_stack_trace()
    {
        var (code, _, error) = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", "/nonexistent/facts.json");

        Assert.Equal(1, code);
        Assert.StartsWith("error: /nonexistent/facts.json: no such file or directory", error);
        Assert.DoesNotContain("   at ", error);
    }
}
