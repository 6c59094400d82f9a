using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Sources;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Sources;

/// <summary>The desired state from files on the host: read for every run and parsed again only when their text changed, the last good one kept when the newest is invalid.</summary>
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

    [Theory]
    [InlineData("")]
    [InlineData("# saved while the disk was full\n")]
    public void A_truncated_file_is_refused_and_the_last_good_revision_stays_in_force(string truncated)
    {
        var source = Source();
        Write("web.yaml", "version: 1\nloopback_vips: [192.0.2.10]\n");
        var good = source.Current(RunTrigger.Startup);

        Write("web.yaml", truncated);
        var refused = source.Current(RunTrigger.DesiredStateChange);

        Assert.False(refused.NewestIsValid);
        Assert.Equal(good.InForce!.Revision, refused.InForce!.Revision);
        Assert.Equal([$"{_directory}/web.yaml:1:1: error: {ConfigAgent.Loading.DocumentLoader.EmptyFile}"], refused.Problems);
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

    [Fact]
    public void Unchanged_files_keep_the_documents_already_in_force()
    {
        WriteVip("192.0.2.10");
        var source = Source();
        var first = source.Current(RunTrigger.Startup);

        var second = source.Current(RunTrigger.Schedule);

        Assert.Same(first.InForce, second.InForce);
        Assert.True(second.NewestIsValid);
        Assert.Empty(second.Problems);
    }

    [Fact]
    public void A_changed_file_is_parsed_again_at_the_next_run()
    {
        WriteVip("192.0.2.10");
        var source = Source();
        var first = source.Current(RunTrigger.Startup);

        WriteVip("192.0.2.11");
        var second = source.Current(RunTrigger.Schedule);

        Assert.NotEqual(first.InForce!.Revision, second.InForce!.Revision);
        Assert.Equal(["192.0.2.11"], Vips(second));
    }

    [Fact]
    public void An_invalid_file_is_reported_at_every_run_while_the_last_good_one_stays_in_force()
    {
        WriteVip("192.0.2.10");
        var source = Source();
        var good = source.Current(RunTrigger.Startup);
        Write("realserver.yaml", "version: 1\nloopback_vips: [not-an-address]\n");

        var runs = new[] { source.Current(RunTrigger.Schedule), source.Current(RunTrigger.Schedule) };

        Assert.All(runs, run => Assert.Equal((false, good.InForce), (run.NewestIsValid, run.InForce)));
        Assert.All(runs, run => Assert.NotEmpty(run.Problems));
    }

    private void WriteVip(string vip) =>
        Write("realserver.yaml", $"version: 1\nname: realserver\nloopback_vips: [{vip}]\n");

    private static List<string> Vips(DesiredStateSnapshot snapshot) =>
        [.. snapshot.InForce!.Documents.SelectMany(d => d.LoopbackVips).Select(v => v.Address.Address.ToString())];

    private FileDesiredStateSource Source() => new([_directory], new LastGoodStore(_state, State), new DesiredStateReader());

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text);
}
