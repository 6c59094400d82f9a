namespace ConfigAgent.Cli.Tests.Commands;

/// <summary>
/// The fleet check of issue 15: a plain interface VIP that documents give to two hosts is a
/// duplicate address on their LAN; `hosts` and `plan --facts-dir` fail and name the hosts and the
/// documents. A failover VIP shared by its members is what they are for.
/// </summary>
[Collection(nameof(CurrentDirectory))]
public sealed class SharedVipFleetTests : IDisposable
{
    private readonly FleetFacts _facts = new FleetFacts().With("web-01").With("web-02");

    public void Dispose() => _facts.Dispose();

    private string Document(string name, string yaml)
    {
        var path = Path.Combine(_facts.Directory, name + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void A_plain_vip_for_two_hosts_fails_hosts_and_names_both_with_their_documents()
    {
        var pool = Document("pool", "version: 1\nname: pool\nhosts: [web-01]\ninterface_vips: [{address: 192.0.2.100/24, interface: eth0}]\n");
        var spare = Document("spare", "version: 1\nname: spare\nhosts: [web-02]\ninterface_vips: [{address: 192.0.2.100/24, interface: eth0}]\n");

        var (code, output, _) = CliRun.Run("hosts", "--facts-dir", _facts.Directory, pool, spare);

        Assert.Equal(1, code);
        var message = $"192.0.2.100 is a plain interface VIP on 2 hosts: web-01 (document 'pool', {pool}:4:18), web-02 (document 'spare', {spare}:4:18): "
            + "each would hold it, a duplicate address on their LAN; give it to one host, or make it a failover VIP (failover:) that keepalived moves between them";
        Assert.Contains($"  conflict: {pool}:4:18: error: {message}\n", output, StringComparison.Ordinal);
        Assert.Contains($"  conflict: {spare}:4:18: error: {message}\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_vip_for_two_hosts_fails_the_fleet_plan()
    {
        var pool = Document("pool", "version: 1\nname: pool\nhosts: [web-*]\ninterface_vips: [{address: 192.0.2.100/24, interface: eth0}]\n");

        var (code, output, _) = CliRun.Run("plan", "--facts-dir", _facts.Directory, pool);

        Assert.Equal(1, code);
        Assert.Contains("192.0.2.100 is a plain interface VIP on 2 hosts: web-01 (document 'pool'", output, StringComparison.Ordinal);
        Assert.Contains("2 with errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failover_vip_shared_by_its_members_passes()
    {
        var pair = Document("pair", """
            version: 1
            name: pair
            hosts: [web-01, web-02]
            interface_vips:
              - address: 192.0.2.100/24
                interface: eth0
                failover:
                  router_id: 7
                  members: [{host: web-01, address: 192.0.2.11}, {host: web-02, address: 192.0.2.12}]
            """);

        var (code, _, error) = CliRun.Run("hosts", "--facts-dir", _facts.Directory, pair);

        Assert.Equal("", error);
        Assert.Equal(0, code);
    }
}
