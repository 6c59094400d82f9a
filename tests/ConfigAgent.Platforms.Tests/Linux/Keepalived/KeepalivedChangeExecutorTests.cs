using ConfigAgent.Engine;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Keepalived;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Linux.Keepalived;

/// <summary>keepalived.conf replaces the old one only after keepalived's own --config-test accepts the new content.</summary>
public sealed class KeepalivedChangeExecutorTests
{
    private const string Path = "/etc/keepalived/keepalived.conf";
    private const string Candidate = "/etc/keepalived/.keepalived.conf.configagent-check";
    private const string Old = "# Managed by ConfigAgent: the configuration before\n";

    private readonly FakeFileSystem _files = new();
    private readonly RecordingCommandRunner _commands = new();

    private KeepalivedChangeExecutor Executor(string? keepalived = "/usr/sbin/keepalived")
    {
        var clock = new FakeClock(DateTimeOffset.UnixEpoch);
        var program = new KeepalivedProgram(_commands, () => keepalived);
        return new KeepalivedChangeExecutor(
            new NothingElse(),
            new FileChangeExecutor(_files, new BackupStore(_files, "/var/lib/configagent", clock)),
            _files,
            program,
            new CommandChangeExecutor(_commands, TimeSpan.FromSeconds(1)),
            new NoObserver(),
            clock);
    }

    private FileChange Change()
    {
        _files.Add(Path, Old);
        var facts = FailoverHosts.Host("ha-a").File(Path, Old).Build();
        return (FileChange)FailoverHosts.Compile(FailoverHosts.Example, facts)[ResourceId.Of("file", Path)].Test(facts)!;
    }

    [Fact]
    public void Keepalived_checks_the_new_content_beside_the_file_before_it_replaces_the_old()
    {
        var change = Change();

        Executor().Apply(change, CancellationToken.None);

        Assert.Equal(["/usr/sbin/keepalived --config-test -f /etc/keepalived/.keepalived.conf.configagent-check"], _commands.Ran);
        Assert.Equal([Candidate, "rm " + Candidate, Path], _files.Writes.Where(w => !w.Contains("/backups/", StringComparison.Ordinal)));
        Assert.Equal(change.NewContent, _files.Read(Path));
    }

    [Fact]
    public void A_content_keepalived_refuses_never_replaces_the_old_one()
    {
        var change = Change();
        _commands.Answer("/usr/sbin/keepalived --config-test -f /etc/keepalived/.keepalived.conf.configagent-check",
            new CommandResult(5, "", "(/etc/keepalived/.keepalived.conf.configagent-check: Line 13) (configagent_eth0_51) tracked interface eth9 doesn't exist\n"));

        var refused = Assert.Throws<HostAccessException>(() => Executor().Apply(change, CancellationToken.None));

        Assert.Equal(
            "/etc/keepalived/keepalived.conf was not replaced: keepalived --config-test refuses it (exit 5): (/etc/keepalived/keepalived.conf: Line 13) (configagent_eth0_51) tracked interface eth9 doesn't exist",
            refused.Message);
        Assert.Equal(Old, _files.Read(Path));
        Assert.False(_files.Observe(Candidate).Exists);
    }

    [Fact]
    public void Without_keepalived_installed_the_file_is_written_unchecked()
    {
        var change = Change();

        Executor(keepalived: null).Apply(change, CancellationToken.None);

        Assert.Empty(_commands.Ran);
        Assert.Equal(change.NewContent, _files.Read(Path));
    }

    private sealed class NothingElse : IChangeExecutor
    {
        public AppliedStep Apply(Change change, CancellationToken cancellationToken) => throw new InvalidOperationException($"not a keepalived change: {change.Resource.Id}");

        public void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken)
        {
        }
    }

    private sealed class NoObserver : IHostObserver
    {
        public string Source => "none";

        public HostFacts ObserveHost() => throw new InvalidOperationException("not observed in these tests");

        public HostFacts ObserveDetails(HostFacts host, ObservationScope scope) => throw new InvalidOperationException("not observed in these tests");
    }
}
