using System.Text.Json;
using ConfigAgent.IntegrationTests.Agent;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// Issue 17 point 2: the fleet plan shows the hosts a change would empty, so that the pull request
/// shows it before the merge. A host converged by apply records its facts with its ledger; a
/// change of the documents that no longer selects it is planned offline as what apply would do
/// there: refused by the removal guard, in the text, markdown and JSON plans, with exit code 1.
/// </summary>
public sealed class FleetRemovalGuardTests : IDisposable
{
    private const string Host = "web-07";

    private readonly AgentLab _lab;
    private readonly string _facts;
    private readonly string _pool;

    public FleetRemovalGuardTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _pool = Write("desired/pool.yaml", """
            version: 1
            name: web-pool
            hosts: [web-*]
            loopback_vips: [192.0.2.10, 192.0.2.11]
            linux: {persistence: {addresses: none, sysctls: none}}
            """);
        CliInNamespace.Run(_lab.Namespace, "apply", _pool, "--root", _lab.Root, "--host", Host).AssertExitCode(0);
        var facts = CliInNamespace.Run(_lab.Namespace, "facts", "--root", _lab.Root, "--host", Host).AssertExitCode(0);
        _facts = Path.GetDirectoryName(Write($"facts/{Host}.json", facts.Output))!;
    }

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void The_facts_of_a_converged_host_carry_what_it_owns()
    {
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Join(_facts, Host + ".json")));

        var owned = facts.RootElement.GetProperty("owned").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();

        Assert.Contains("address:lo/192.0.2.10", owned);
        Assert.Contains("address:lo/192.0.2.11", owned);
    }

    [Fact]
    public void A_change_that_no_longer_selects_the_host_shows_it_refused_by_the_removal_guard()
    {
        var narrowed = Write("change/pool.yaml", File.ReadAllText(_pool).Replace("hosts: [web-*]", "hosts: [web-01, web-02]", StringComparison.Ordinal));

        var text = Plan(narrowed).AssertExitCode(1);
        var markdown = Plan(narrowed, "--format", "markdown").AssertExitCode(1);
        var json = Plan(narrowed, "--format", "json").AssertExitCode(1);

        Assert.Matches($@"  {Host} +linux +\+0 ~4 -2, refused: would remove 6 of the 6 resources it owns\n", text.Output);
        Assert.Contains("removal guard: this run would remove 6 of the 6 resources ConfigAgent owns on this host", text.Output, StringComparison.Ordinal);
        Assert.Contains("refused: would remove 6 of the 6 resources it owns", markdown.Output, StringComparison.Ordinal);
        using var plan = JsonDocument.Parse(json.Output);
        var host = Assert.Single(plan.RootElement.GetProperty("hosts").EnumerateArray());
        Assert.Equal("blocked", host.GetProperty("status").GetString());
        Assert.True(host.GetProperty("plan").GetProperty("removal_guard").GetProperty("refused").GetBoolean());
    }

    [Fact]
    public void A_change_that_keeps_the_host_s_vips_leaves_it_in_sync()
    {
        var renamed = Write("change/pool.yaml", File.ReadAllText(_pool).Replace("hosts: [web-*]", "hosts: [web-0*, web-1*]", StringComparison.Ordinal));

        var text = Plan(renamed).AssertExitCode(0);

        Assert.Matches($@"  {Host} +linux +no changes \(6 in sync\)\n", text.Output);
    }

    private CliInNamespaceResult Plan(string document, params IReadOnlyList<string> options) =>
        CliInNamespace.Run(_lab.Namespace, ["plan", "--facts-dir", _facts, document, .. options]);

    private string Write(string name, string content)
    {
        var path = Path.Join(_lab.TemporaryDirectory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
