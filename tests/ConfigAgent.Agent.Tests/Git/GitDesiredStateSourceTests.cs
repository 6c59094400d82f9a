using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Git;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Sources;
using ConfigAgent.Platforms.Local;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Git;

/// <summary>The agent pulls from a real bare repository on disk through the system's git (issue 7).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class GitDesiredStateSourceTests : IDisposable
{
    private const string State = "/var/lib/configagent";

    private readonly GitRemote _remote = new();
    private readonly FakeFileSystem _files = new();
    private readonly FakeClock _clock = new();

    public void Dispose() => _remote.Dispose();

    [Fact]
    public void The_first_pull_applies_the_head_of_the_branch_with_its_commit()
    {
        var first = _remote.Commit(Documents("192.0.2.10"));

        var snapshot = Source().Current(RunTrigger.Startup);

        Assert.Equal((first, true), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Empty(snapshot.Problems);
        Assert.Equal(["192.0.2.10"], Vips(snapshot));
        Assert.Equal(first, snapshot.Git!.FetchedCommit);
        Assert.Equal((null, _clock.GetUtcNow()), (snapshot.Git.Error, snapshot.Git.LastFetched));
        Assert.NotNull(snapshot.Git.CommitTime);
    }

    [Fact]
    public void A_new_commit_is_picked_up_by_the_next_scheduled_run()
    {
        _remote.Commit(Documents("192.0.2.10"));
        var source = Source();
        source.Current(RunTrigger.Startup);

        var second = _remote.Commit(Documents("192.0.2.11"));
        var snapshot = source.Current(RunTrigger.Schedule);

        Assert.Equal((second, true), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Equal(["192.0.2.11"], Vips(snapshot));
    }

    [Fact]
    public void A_kernel_event_run_converges_to_the_commit_in_force_without_fetching()
    {
        var first = _remote.Commit(Documents("192.0.2.10"));
        var source = Source();
        source.Current(RunTrigger.Startup);
        _remote.Commit(Documents("192.0.2.11"));

        var snapshot = source.Current(RunTrigger.AddressEvent);

        Assert.Equal((first, first), (snapshot.Commit, snapshot.Git!.FetchedCommit));
    }

    [Fact]
    public void An_invalid_commit_is_reported_with_its_id_and_position_and_the_last_good_one_stays_in_force()
    {
        _remote.Commit(Documents("192.0.2.10"));
        var source = Source();
        var good = source.Current(RunTrigger.Startup);

        var invalid = _remote.Commit(Documents("192.0.2.300"));
        var snapshot = source.Current(RunTrigger.Schedule);

        Assert.Equal((good.Commit, false), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Same(good.InForce, snapshot.InForce);
        Assert.Equal([$"{invalid[..12]}:hosts/web.yaml:5:5: error: '192.0.2.300' is not an IP address"], snapshot.Problems);
        Assert.Equal((invalid, null), (snapshot.Git!.FetchedCommit, snapshot.Git.Error));
        Assert.Equal(good.Commit, LastGood().Load()!.Value.Commit);
    }

    [Fact]
    public void A_fixed_commit_after_an_invalid_one_is_applied()
    {
        _remote.Commit(Documents("192.0.2.10"));
        var source = Source();
        source.Current(RunTrigger.Startup);
        _remote.Commit(Documents("192.0.2.300"));
        source.Current(RunTrigger.Schedule);

        var fixedCommit = _remote.Commit(Documents("192.0.2.12"));
        var snapshot = source.Current(RunTrigger.Schedule);

        Assert.Equal((fixedCommit, true), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Empty(snapshot.Problems);
        Assert.Equal(["192.0.2.12"], Vips(snapshot));
    }

    [Fact]
    public void A_force_push_is_reported_and_the_host_stays_on_the_commit_in_force()
    {
        _remote.Commit(Documents("192.0.2.10"));
        var applied = _remote.Commit(Documents("192.0.2.11"));
        var source = Source();
        source.Current(RunTrigger.Startup);

        _remote.Rewind();
        var rewritten = _remote.Commit(Documents("192.0.2.12"), force: true);
        var snapshot = source.Current(RunTrigger.Schedule);

        Assert.Equal((applied, false), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Equal(["192.0.2.11"], Vips(snapshot));
        var problem = Assert.Single(snapshot.Problems);
        Assert.StartsWith($"{rewritten[..12]}: the branch main moved to a commit that does not descend from {applied[..12]}, the commit in force (a force-push", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_remote_is_reported_and_the_host_stays_on_its_last_good_commit()
    {
        var applied = _remote.Commit(Documents("192.0.2.10"));
        var source = Source();
        var good = source.Current(RunTrigger.Startup);
        var fetched = _clock.GetUtcNow();
        Directory.Move(_remote.Bare, _remote.Bare + ".gone");
        _clock.Advance(TimeSpan.FromMinutes(5));

        var snapshot = source.Current(RunTrigger.Schedule);

        Assert.Equal((applied, true), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Same(good.InForce, snapshot.InForce);
        Assert.StartsWith("git fetch failed (exit 128): fatal: ", snapshot.Git!.Error, StringComparison.Ordinal);
        Assert.Equal(fetched, snapshot.Git.LastFetched);
    }

    [Fact]
    public void A_token_in_the_url_never_reaches_the_report_even_when_git_quotes_the_url()
    {
        const string Url = "https://deploy:s3cret-token@git.example.invalid/network.git";
        var runner = new RecordingCommandRunner().Fail(
            $"git -c core.hooksPath=/dev/null -c gc.autoDetach=false -C {_remote.StateRepository} fetch --quiet --no-tags --no-recurse-submodules --no-write-fetch-head -- {Url} +refs/heads/main:refs/configagent/fetched",
            $"fatal: repository '{Url}/' not found");
        var source = new GitDesiredStateSource(new GitSource(Url, GitRemote.Branch, "hosts"), new GitRepository(runner, _remote.StateRepository), LastGood(), new DesiredStateReader(), _clock);

        var error = source.Current(RunTrigger.Startup).Git!.Error;

        Assert.Equal("git fetch failed (exit 1): fatal: repository 'https://***@git.example.invalid/network.git/' not found", error);
    }

    [Fact]
    public void A_restarted_agent_recovers_the_last_good_commit_while_the_remote_is_unreachable()
    {
        var applied = _remote.Commit(Documents("192.0.2.10"));
        Source().Current(RunTrigger.Startup);
        Directory.Move(_remote.Bare, _remote.Bare + ".gone");

        var snapshot = Source().Current(RunTrigger.Startup);

        Assert.Equal((applied, true), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Equal(["192.0.2.10"], Vips(snapshot));
        Assert.NotNull(snapshot.Git!.Error);
        Assert.NotNull(snapshot.Git.CommitTime);
    }

    [Fact]
    public void A_restarted_agent_refuses_a_force_push_made_while_it_was_down()
    {
        _remote.Commit(Documents("192.0.2.10"));
        var applied = _remote.Commit(Documents("192.0.2.11"));
        Source().Current(RunTrigger.Startup);
        _remote.Rewind();
        _remote.Commit(Documents("192.0.2.12"), force: true);

        var snapshot = Source().Current(RunTrigger.Startup);

        Assert.Equal((applied, false), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Equal(["192.0.2.11"], Vips(snapshot));
    }

    [Fact]
    public void Without_a_good_commit_ever_an_invalid_head_leaves_nothing_in_force()
    {
        _remote.Commit(Documents("192.0.2.300"));

        var snapshot = Source().Current(RunTrigger.Startup);

        Assert.Equal((null, null, false), (snapshot.InForce, snapshot.Commit, snapshot.NewestIsValid));
        Assert.Single(snapshot.Problems);
    }

    [Fact]
    public void Only_the_yaml_files_under_the_configured_path_are_read_and_hidden_ones_are_not()
    {
        var files = Documents("192.0.2.10");
        files["hosts/.github/workflows/ci.yml"] = "not: [a desired state";
        files["hosts/install.sh"] = "#!/bin/sh\nexit 1\n";
        files["other/db.yaml"] = "not: [a desired state";
        _remote.Commit(files);

        var snapshot = Source().Current(RunTrigger.Startup);

        Assert.Empty(snapshot.Problems);
        Assert.Equal(["192.0.2.10"], Vips(snapshot));
    }

    [Fact]
    public void A_path_without_documents_is_refused()
    {
        var commit = _remote.Commit(new Dictionary<string, string> { ["README.md"] = "nothing here\n" });

        var snapshot = Source().Current(RunTrigger.Startup);

        Assert.Equal([$"{commit[..12]}:hosts: error: the commit holds no .yaml or .yml file there"], snapshot.Problems);
    }

    [Fact]
    public void A_commit_that_deletes_most_documents_is_refused_and_the_last_good_one_stays_in_force()
    {
        _remote.Commit(Pool(4));
        var source = Source();
        var good = source.Current(RunTrigger.Startup);

        var gutted = _remote.Commit(Pool(1));
        var snapshot = source.Current(RunTrigger.Schedule);

        Assert.Equal((good.Commit, false), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Equal(4, snapshot.InForce!.Documents.Count);
        Assert.Equal(
            [$"{gutted[..12]}: the commit deletes 3 of the 4 documents in force (web-2, web-3, web-4); it is refused like a truncated file and " +
             $"{good.Commit![..12]} stays in force. If the deletion is intended, set allow_mass_removal: true in the agent configuration for the run that takes it"],
            snapshot.Problems);
        Assert.Equal(good.Commit, LastGood().Load()!.Value.Commit);
    }

    [Fact]
    public void A_commit_that_empties_the_path_with_an_empty_file_is_refused()
    {
        _remote.Commit(Documents("192.0.2.10"));
        var source = Source();
        var good = source.Current(RunTrigger.Startup);

        var emptied = _remote.Commit(new Dictionary<string, string> { ["hosts/web.yaml"] = "" });
        var snapshot = source.Current(RunTrigger.Schedule);

        Assert.Equal((good.Commit, false), (snapshot.Commit, snapshot.NewestIsValid));
        Assert.Equal([$"{emptied[..12]}:hosts/web.yaml:1:1: error: {ConfigAgent.Loading.DocumentLoader.EmptyFile}"], snapshot.Problems);
    }

    [Fact]
    public void Deleting_a_few_documents_or_all_with_the_knob_is_taken()
    {
        _remote.Commit(Pool(4));
        var source = Source();
        source.Current(RunTrigger.Startup);

        var fewer = _remote.Commit(Pool(2));
        Assert.Equal(fewer, source.Current(RunTrigger.Schedule).Commit);

        var allowed = new GitDesiredStateSource(new GitSource("file://" + _remote.Bare, GitRemote.Branch, "hosts"),
            new GitRepository(new ProcessCommandRunner(), _remote.StateRepository), LastGood(), new DesiredStateReader(), _clock, allowMassRemoval: true);
        allowed.Current(RunTrigger.Startup);
        var gutted = _remote.Commit(new Dictionary<string, string> { ["hosts/retired.yaml"] = "version: 1\nname: retired\nloopback_vips: []\n" });
        var snapshot = allowed.Current(RunTrigger.Schedule);

        Assert.Equal((gutted, true), (snapshot.Commit, snapshot.NewestIsValid));
    }

    private static Dictionary<string, string> Pool(int documents) =>
        Enumerable.Range(1, documents).ToDictionary(
            i => $"hosts/web-{i}.yaml",
            i => $"version: 1\nname: web-{i}\nhosts: [web-{i}]\nloopback_vips: [192.0.2.{10 + i}]\n",
            StringComparer.Ordinal);

    [Fact]
    public void No_hook_runs_in_the_agent_s_repository()
    {
        _remote.Commit(Documents("192.0.2.10"));
        Source().Current(RunTrigger.Startup);
        var witness = Path.Join(_remote.Root, "hook-ran");
        var hook = Path.Join(_remote.StateRepository, "hooks", "reference-transaction");
        File.WriteAllText(hook, $"#!/bin/sh\ntouch '{witness}'\n");
        File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _remote.Commit(Documents("192.0.2.11"));

        var snapshot = Source().Current(RunTrigger.Schedule);

        Assert.Empty(snapshot.Problems);
        Assert.False(File.Exists(witness), "a hook ran during the pull");
    }

    private static Dictionary<string, string> Documents(string vip) => new(StringComparer.Ordinal)
    {
        ["hosts/web.yaml"] = $"""
            version: 1
            name: dsr-realserver
            description: Real server of the web pool.
            loopback_vips:
              - {vip}

            """,
    };

    private static List<string> Vips(DesiredStateSnapshot snapshot) =>
        [.. snapshot.InForce!.Documents.SelectMany(d => d.LoopbackVips).Select(v => v.Address.Address.ToString())];

    private LastGoodStore LastGood() => new(_files, State);

    private GitDesiredStateSource Source() =>
        new(new GitSource("file://" + _remote.Bare, GitRemote.Branch, "hosts"), new GitRepository(new ProcessCommandRunner(), _remote.StateRepository), LastGood(), new DesiredStateReader(), _clock);
}
