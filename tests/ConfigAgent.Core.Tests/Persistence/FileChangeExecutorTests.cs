using ConfigAgent.Documents;
using ConfigAgent.Persistence;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Persistence;

public sealed class FileChangeExecutorTests
{
    private readonly FakeFileSystem _files = new();
    private readonly BackupStore _backups;
    private readonly FileChangeExecutor _executor;

    public FileChangeExecutorTests()
    {
        _backups = new BackupStore(_files, "/var/lib/configagent", new StepClock(), keep: 3);
        _executor = new FileChangeExecutor(_files, _backups);
    }

    private FileChange Change(FileResource resource) =>
        Assert.IsType<FileChange>(resource.Test(new FactsBuilder().Build() with { Files = new Dictionary<string, Facts.FileFacts> { [resource.Path] = _files.Observe(resource.Path) } }));

    private static FileResource File(string? content, Ensure ensure = Ensure.Present) =>
        new("/etc/x.conf", content, FileModes.ReadWriteReadRead, ensure) { Origin = default, Purpose = "test" };

    [Fact]
    public void Replacing_a_file_keeps_the_old_content_as_a_backup()
    {
        _files.Add("/etc/x.conf", "old\n");

        _executor.Apply(Change(File("new\n")));

        Assert.Equal("new\n", _files.Read("/etc/x.conf"));
        var backup = Assert.Single(_backups.List("/etc/x.conf"));
        Assert.Equal("old\n", _files.Read($"/var/lib/configagent/backups/etc/x.conf/{backup}"));
    }

    [Fact]
    public void Only_the_newest_backups_are_kept()
    {
        for (var i = 0; i < 6; i++)
        {
            _files.Add("/etc/x.conf", $"version {i}\n");
            _executor.Apply(Change(File($"version {i + 1}\n")));
        }

        var kept = _backups.List("/etc/x.conf");
        Assert.Equal(3, kept.Count);
        Assert.Equal("version 5\n", _files.Read($"/var/lib/configagent/backups/etc/x.conf/{kept[^1]}"));
    }

    [Fact]
    public void Undo_puts_back_exactly_what_was_there()
    {
        _files.Add("/etc/x.conf", "old\n", mode: "0600");

        var step = _executor.Apply(Change(File("new\n")));
        step.Undo();

        Assert.Equal(new Facts.FileFacts(true, "old\n", "0600"), _files.Observe("/etc/x.conf"));
    }

    [Fact]
    public void Undoing_a_creation_removes_the_file()
    {
        var step = _executor.Apply(Change(File("new\n")));

        step.Undo();

        Assert.False(_files.Observe("/etc/x.conf").Exists);
    }

    [Fact]
    public void A_removed_file_is_backed_up_and_comes_back_on_undo()
    {
        _files.Add("/etc/x.conf", "old\n");

        var step = _executor.Apply(Change(File(null, Ensure.Absent)));

        Assert.False(_files.Observe("/etc/x.conf").Exists);
        Assert.Single(_backups.List("/etc/x.conf"));
        step.Undo();
        Assert.Equal("old\n", _files.Read("/etc/x.conf"));
    }

    /// <summary>A clock that moves a millisecond per reading, so backups get distinct names.</summary>
    private sealed class StepClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now = _now.AddMilliseconds(1);
    }
}
