using ConfigAgent.Agent.Git;
using ConfigAgent.HostAccess;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Git;

public sealed class GitRepositoryTests
{
    private const string Directory = "/var/lib/configagent/git";
    private const string Head = "0123456789abcdef0123456789abcdef01234567";

    private readonly RecordingCommandRunner _runner = new();
    private readonly GitRepository _repository;

    public GitRepositoryTests()
    {
        _repository = new GitRepository(_runner, Directory);
        _runner.Answer(
            $"git -c core.hooksPath=/dev/null -c gc.autoDetach=false -C {Directory} rev-parse --verify --end-of-options 'refs/configagent/fetched^{{commit}}'",
            new CommandResult(0, Head + "\n", ""));
    }

    [Fact]
    public void The_url_and_the_branch_reach_git_as_separate_arguments_after_the_end_of_its_options()
    {
        var head = _repository.Fetch("ssh://git@example.invalid/net config.git", "release/2025");

        var fetch = _runner.Commands[0];
        Assert.Equal("git", fetch.Program);
        Assert.Equal(
            ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", "--", "ssh://git@example.invalid/net config.git", "+refs/heads/release/2025:refs/configagent/fetched"],
            fetch.Arguments.SkipWhile(a => a != "fetch"));
        Assert.Equal(Head, head);
    }

    [Fact]
    public void Every_git_command_runs_without_hooks_and_without_a_password_prompt()
    {
        _repository.Fetch("https://example.invalid/config.git", "main");
        _repository.Files(Head);
        _repository.MarkApplied(Head);

        Assert.Equal(4, _runner.Commands.Count);
        Assert.All(_runner.Commands, c =>
        {
            Assert.Equal("git", c.Program);
            Assert.Equal(["-c", "core.hooksPath=/dev/null", "-c", "gc.autoDetach=false", "-C", Directory], c.Arguments.Take(6));
            Assert.Equal("0", c.Environment["GIT_TERMINAL_PROMPT"]);
        });
    }

    [Fact]
    public void A_failing_command_says_which_git_command_failed_and_what_git_printed()
    {
        _runner.Fail(
            $"git -c core.hooksPath=/dev/null -c gc.autoDetach=false -C {Directory} fetch --quiet --no-tags --no-recurse-submodules --no-write-fetch-head -- https://example.invalid/config.git +refs/heads/main:refs/configagent/fetched",
            "fatal: unable to access 'https://example.invalid/config.git/': Could not resolve host\n");

        var error = Assert.Throws<GitException>(() => _repository.Fetch("https://example.invalid/config.git", "main"));

        Assert.Equal("git fetch failed (exit 1): fatal: unable to access 'https://example.invalid/config.git/': Could not resolve host", error.Message);
    }

    [Fact]
    public void Tree_entries_keep_paths_with_spaces_and_tell_links_from_files()
    {
        var file = GitTreeEntry.Parse("100644 blob 5d0c9c3a1c0a4e6e2c1b0f7a2f8f3d5b0a1b2c3d     123\thosts/web pool.yaml");
        var link = GitTreeEntry.Parse("120000 blob 5d0c9c3a1c0a4e6e2c1b0f7a2f8f3d5b0a1b2c3d      20\thosts/db.yaml");

        Assert.Equal((123L, "hosts/web pool.yaml", true), (file.Size, file.Path, file.IsRegularFile));
        Assert.False(link.IsRegularFile);
    }
}
