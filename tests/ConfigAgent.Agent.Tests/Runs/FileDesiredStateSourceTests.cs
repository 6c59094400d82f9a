using ConfigAgent.Agent.Runs;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Runs;

/// <summary>The desired-state files on disk: read for every run, parsed again only when their text changed.</summary>
public sealed class FileDesiredStateSourceTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("configagent-file-source-");
    private readonly FakeFileSystem _files = new();

    public void Dispose() => _directory.Delete(recursive: true);

    private string DocumentPath => Path.Combine(_directory.FullName, "realserver.yaml");

    [Fact]
    public void Unchanged_files_keep_the_documents_already_in_force()
    {
        Write("192.0.2.10");
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
        Write("192.0.2.10");
        var source = Source();
        var first = source.Current(RunTrigger.Startup);

        Write("192.0.2.11");
        var second = source.Current(RunTrigger.Schedule);

        Assert.NotEqual(first.InForce!.Revision, second.InForce!.Revision);
        Assert.Equal(["192.0.2.11"], Vips(second));
    }

    [Fact]
    public void An_invalid_file_is_reported_at_every_run_while_the_last_good_one_stays_in_force()
    {
        Write("192.0.2.10");
        var source = Source();
        var good = source.Current(RunTrigger.Startup);
        File.WriteAllText(DocumentPath, "version: 1\nloopback_vips: [not-an-address]\n");

        var runs = new[] { source.Current(RunTrigger.Schedule), source.Current(RunTrigger.Schedule) };

        Assert.All(runs, run => Assert.Equal((false, good.InForce), (run.NewestIsValid, run.InForce)));
        Assert.All(runs, run => Assert.NotEmpty(run.Problems));
    }

    private void Write(string vip) =>
        File.WriteAllText(DocumentPath, $"version: 1\nname: realserver\nloopback_vips: [{vip}]\n");

    private static List<string> Vips(DesiredStateSnapshot snapshot) =>
        [.. snapshot.InForce!.Documents.SelectMany(d => d.LoopbackVips).Select(v => v.Address.Address.ToString())];

    private FileDesiredStateSource Source() => new([_directory.FullName], new LastGoodStore(_files, "/var/lib/configagent"));
}
