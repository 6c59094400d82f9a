using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Commands;

[Collection(nameof(CurrentDirectory))]
public sealed class HostsCommandTests
{
    [Theory]
    [InlineData("text", "hosts-gitops.txt")]
    [InlineData("markdown", "hosts-gitops.md")]
    [InlineData("json", "hosts-gitops.json")]
    public void The_example_fleet_shows_its_documents_per_host_in_each_format(string format, string golden)
    {
        var (code, output, error) = CliRun.Run("hosts", "--facts-dir", FleetFacts.ExampleDirectory, FleetFacts.Documents, "--format", format);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Golden.Verify(output, golden);
    }

    [Fact]
    public void A_host_no_document_selects_says_why_each_one_does_not()
    {
        var (_, output, _) = CliRun.Run("hosts", "--facts-dir", FleetFacts.ExampleDirectory, FleetFacts.Documents);

        Assert.Contains("lb-lab-01 (linux, examples/gitops/facts/lb-lab-01.json): no document selects it\n  - balancers: needs label role=balancer; the host has role=lab\n", output);
        Assert.Contains("No document selects 2 hosts: db-01, lb-lab-01\n", output);
    }

    [Fact]
    public void A_conflict_on_a_host_names_both_places_and_exits_1()
    {
        using var facts = new FleetFacts().With("web-01").With("db-01");
        var pool = Path.Combine(facts.Directory, "pool.yaml");
        var role = Path.Combine(facts.Directory, "role.yaml");
        File.WriteAllText(pool, "version: 1\nname: pool\nhosts: [web-*]\nloopback_vips: [203.0.113.10]\n");
        File.WriteAllText(role, "version: 1\nname: role\nhosts: {labels: {role: web}}\ninterface_vips:\n  - {address: 203.0.113.10/24, interface: eth0}\n");

        var (code, output, error) = CliRun.Run("hosts", "--facts-dir", facts.Directory, pool, role);

        Assert.Equal(1, code);
        Assert.Contains($"{role}:5:5: error: 203.0.113.10 is an interface VIP on eth0 here and a loopback VIP at {pool}:4:17", error);
        Assert.Contains($"web-01 (linux, {Path.Combine(facts.Directory, "web-01.json")})\n  + pool ({pool}:1:1)\n  + role ({role}:1:1)\n  conflict: {role}:5:5: error: 203.0.113.10", output);
        Assert.DoesNotContain("db-01 (linux, " + Path.Combine(facts.Directory, "db-01.json") + ")\n  conflict", output);
    }

    [Fact]
    public void An_unreadable_facts_file_is_shown_and_exits_1()
    {
        using var facts = new FleetFacts().With("web-01").WithFile("broken.json", "[]");

        var (code, output, _) = CliRun.Run("hosts", "--facts-dir", facts.Directory, FleetFacts.Documents);

        Assert.Equal(1, code);
        Assert.Contains("\nbroken: error: ", output);
    }
}
