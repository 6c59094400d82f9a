using ConfigAgent.IntegrationTests.Agent;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// Issue 18 point 6: every error a user can meet reads as a sentence in the binary that ships.
/// Run against the Native AOT binary (CONFIGAGENT_EXECUTABLE, as .ci/run does) or the build next
/// to the tests, which sets the same UseSystemResourceKeys: the framework's messages are resource
/// keys in both, so a key that leaks shows here.
/// </summary>
public sealed class UserErrorTests : IDisposable
{
    private readonly AgentLab _lab;
    private readonly string _document;

    public UserErrorTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _document = Path.Join(_lab.TemporaryDirectory, "realserver.yaml");
        File.WriteAllText(_document, AgentDocuments.RealServer());
    }

    private string Temporary => _lab.TemporaryDirectory;

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void A_missing_desired_state_file()
    {
        var run = Run("plan", "/nonexistent-configagent/x.yaml").AssertExitCode(1);

        Assert.StartsWith("/nonexistent-configagent/x.yaml: error: cannot read the file: no such file or directory\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_where_no_directory_can_be_made()
    {
        var run = Run("apply", _document, "--root", "/proc/1").AssertExitCode(1);

        Assert.Equal("error: cannot create the directory /proc/1/var: no such file or directory\n", run.Error);
        Assert.False(_lab.HoldsOnLoopback(AgentDocuments.Vip));
    }

    [Fact]
    public void A_root_that_is_a_file()
    {
        var file = Path.Join(Temporary, "a-file");
        File.WriteAllText(file, "");

        var run = Run("apply", _document, "--root", file).AssertExitCode(1);

        Assert.Equal($"error: cannot use the root directory {file}: not a directory\n", run.Error);
    }

    [Fact]
    public void A_desired_state_file_that_is_a_link_to_itself()
    {
        var loop = Path.Join(Temporary, "loop.yaml");
        File.CreateSymbolicLink(loop, loop);

        var run = Run("validate", loop).AssertExitCode(1);

        Assert.StartsWith($"{loop}: error: cannot read the file: too many levels of symbolic links\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_that_are_a_directory()
    {
        var run = Run("plan", _document, "--facts", Temporary).AssertExitCode(1);

        Assert.Equal($"error: {Temporary}: is a directory\n", run.Error);
    }

    [Fact]
    public void A_corrupt_ledger_names_its_line_and_column()
    {
        Directory.CreateDirectory(_lab.StateDirectory);
        File.WriteAllText(_lab.LedgerPath, "{\n  \"format\": configagent\n}\n");

        var run = Run("apply", _document, "--root", _lab.Root).AssertExitCode(1);

        Assert.Contains($"the ledger /var/lib/configagent/ledger.json is corrupt (not valid JSON at line 2, column 13)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_agent_configuration()
    {
        var run = Run("agent", "--config", "/nonexistent-configagent/agent.yaml", "--check").AssertExitCode(1);

        Assert.StartsWith("/nonexistent-configagent/agent.yaml: error: cannot read the agent configuration: no such file or directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_render_directory_that_cannot_be_made()
    {
        File.WriteAllText(_document, AgentDocuments.RealServer().Replace("addresses: none", "addresses: systemd", StringComparison.Ordinal));

        var run = Run("render", _document, "--out", "/proc/1/configagent").AssertExitCode(1);

        Assert.Equal("error: cannot write the artefacts under /proc/1/configagent: /proc/1/configagent: no such file or directory\n", run.Error);
    }

    [Fact]
    public void The_agent_s_report_of_a_run_that_could_not_write_says_why_in_words()
    {
        _lab.Configure(new AgentSettings());
        File.WriteAllText(_lab.DesiredPath, AgentDocuments.RealServer().Replace("persistence: {addresses: none, sysctls: none}", "persistence: {addresses: systemd, sysctls: sysctl.d}", StringComparison.Ordinal));
        var etc = Path.Join(_lab.Root, "etc", "systemd");
        Directory.CreateDirectory(etc);

        var run = new FaultyMounts().ReadOnly(etc).Run(_lab.Namespace, "agent", "--config", _lab.ConfigurationPath, "--once").AssertExitCode(1);

        var report = _lab.LastReport() ?? throw new InvalidOperationException($"no report\n{run.Output}{run.Error}");
        Assert.Equal("failed", report.Outcome);
        Assert.EndsWith($"cannot create the directory {etc}/system: read-only file system", report.Error, StringComparison.Ordinal);
        HumanText.AssertReadable(report.Error!);
        HumanText.AssertReadable(File.ReadAllText(_lab.LastRunPath));
        HumanText.AssertReadable(run.Output + run.Error);
    }

    private CliInNamespaceResult Run(params IReadOnlyList<string> arguments)
    {
        var run = CliInNamespace.Run(_lab.Namespace, arguments);
        HumanText.AssertReadable(run.Output + run.Error);
        return run;
    }
}
