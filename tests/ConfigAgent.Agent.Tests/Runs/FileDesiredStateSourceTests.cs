using ConfigAgent.Agent.Runs;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Runs;

/// <summary>The desired state from files on the host: read afresh each run, the last good one kept when the newest is invalid.</summary>
public sealed class FileDesiredStateSourceTests : IDisposable
{
    private const string State = "/var/lib/configagent";

    private readonly string _directory = Directory.CreateTempSubdirectory("configagent-desired-").FullName;
    private readonly FakeFileSystem _state = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_changed_file_is_picked_up_by_the_next_run()
    {
        var source = Source();
        Write("web.yaml", "version: 1\nloopback_vips: [192.0.2.10]\n");
        var first = source.Current(RunTrigger.Startup);

        Write("web.yaml", "version: 1\nloopback_vips: [192.0.2.10, 192.0.2.11]\n");
        var second = source.Current(RunTrigger.DesiredStateChange);

        Assert.True(second.NewestIsValid);
        Assert.NotEqual(first.InForce!.Revision, second.InForce!.Revision);
        Assert.Contains("192.0.2.11", new LastGoodStore(_state, State).Load()!.Value.Texts.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_file_in_the_directory_is_part_of_the_next_run()
    {
        var source = Source();
        Write("a-web.yaml", "version: 1\nloopback_vips: [192.0.2.10]\n");
        var first = source.Current(RunTrigger.Startup);

        Write("b-db.yaml", "version: 1\nname: db\nsysctls: {net.ipv4.ip_nonlocal_bind: 1}\n");
        var second = source.Current(RunTrigger.DesiredStateChange);

        Assert.Single(first.InForce!.Documents);
        Assert.Equal(2, second.InForce!.Documents.Count);
    }

    [Fact]
    public void An_invalid_change_is_refused_with_its_position_and_the_last_good_revision_stays_in_force()
    {
        var source = Source();
        Write("web.yaml", "version: 1\nloopback_vips: [192.0.2.10]\n");
        var good = source.Current(RunTrigger.Startup);

        Write("web.yaml", "version: 1\nloopback_vips: [192.0.2.300]\n");
        var refused = source.Current(RunTrigger.DesiredStateChange);

        Assert.False(refused.NewestIsValid);
        Assert.Equal(good.InForce!.Revision, refused.InForce!.Revision);
        Assert.Equal([$"{_directory}/web.yaml:2:17: error: '192.0.2.300' is not an IP address"], refused.Problems);
    }

    [Fact]
    public void A_restarted_agent_with_an_invalid_newest_file_recovers_the_last_good_revision()
    {
        Write("web.yaml", "version: 1\nloopback_vips: [192.0.2.10]\n");
        var good = Source().Current(RunTrigger.Startup);
        Write("web.yaml", "version: 1\nloopback_vips: [\n");

        var restarted = Source().Current(RunTrigger.Startup);

        Assert.False(restarted.NewestIsValid);
        Assert.Equal(good.InForce!.Revision, restarted.InForce!.Revision);
        Assert.NotEmpty(restarted.Problems);
    }

    [Fact]
    public void Without_any_good_revision_nothing_is_in_force()
    {
        Write("web.yaml", "version: 2\n");

        var snapshot = Source().Current(RunTrigger.Startup);

        Assert.Null(snapshot.InForce);
        Assert.False(snapshot.NewestIsValid);
    }

    private FileDesiredStateSource Source() => new([_directory], new LastGoodStore(_state, State));

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text);
}
