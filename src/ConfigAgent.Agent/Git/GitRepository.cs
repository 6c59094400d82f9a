using System.Globalization;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Agent.Git;

/// <summary>
/// The agent's own bare repository under its state directory, driven through the system's git
/// with argument lists. It has no working tree: files are read from the object store, so nothing
/// in a fetched repository (hooks, filters, scripts) is ever checked out or run.
/// </summary>
internal sealed class GitRepository(ICommandRunner runner, string directory)
{
    /// <summary>The branch head as last fetched.</summary>
    public const string FetchedRef = "refs/configagent/fetched";

    /// <summary>The commit in force: keeps its objects for the ancestry check after a force-push.</summary>
    public const string AppliedRef = "refs/configagent/applied";

    public static readonly TimeSpan FetchTimeout = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan LocalTimeout = TimeSpan.FromSeconds(30);

    // Git asks for a password on the terminal unless told not to; an agent has no one to answer.
    private static readonly Dictionary<string, string> NoPrompt = new(StringComparer.Ordinal) { ["GIT_TERMINAL_PROMPT"] = "0" };

    // No hook ever runs, even one an operator drops into the state directory; an automatic gc
    // runs inside the fetch's time limit instead of as a process left behind.
    private static readonly string[] Safety = ["-c", "core.hooksPath=/dev/null", "-c", "gc.autoDetach=false"];

    public string Directory { get; } = directory;

    public void Create()
    {
        if (!File.Exists(Path.Join(Directory, "HEAD")))
        {
            Checked(Attempt(LocalTimeout, ["init", "--quiet", "--bare", "--", Directory]));
        }
    }

    /// <summary>Fetches <paramref name="branch"/> of <paramref name="url"/> into <see cref="FetchedRef"/> and returns its commit.</summary>
    public string Fetch(string url, string branch)
    {
        Checked(Attempt(FetchTimeout, ["-C", Directory, "fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", "--", url, $"+refs/heads/{branch}:{FetchedRef}"]));
        return Checked(InRepository("rev-parse", "--verify", "--end-of-options", FetchedRef + "^{commit}")).Trim();
    }

    /// <summary>True when <paramref name="descendant"/> contains <paramref name="ancestor"/> in its history.</summary>
    public bool Descends(string descendant, string ancestor)
    {
        // A fetch brings the whole history of the head: an ancestor the store lacks is not in it.
        if (!InRepository("cat-file", "-e", ancestor + "^{commit}").Succeeded)
        {
            return false;
        }

        var result = InRepository("merge-base", "--is-ancestor", ancestor, descendant);
        return result.ExitCode switch
        {
            0 => true,
            1 => false,
            _ => throw new GitException(result.StandardError),
        };
    }

    /// <summary>Every file of <paramref name="commit"/>, recursively, with its blob id and size.</summary>
    public IReadOnlyList<GitTreeEntry> Files(string commit)
    {
        var listing = Checked(InRepository("ls-tree", "-r", "-z", "-l", "--full-tree", commit));
        return [.. listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(GitTreeEntry.Parse)];
    }

    public string Blob(string id) => Checked(InRepository("cat-file", "blob", id));

    /// <summary>When <paramref name="commit"/> was committed; null when the store does not hold it.</summary>
    public DateTimeOffset? CommitTime(string commit)
    {
        var result = InRepository("log", "-1", "--format=%ct", commit, "--");
        return result.Succeeded && long.TryParse(result.StandardOutput.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    public void MarkApplied(string commit) => Checked(InRepository("update-ref", AppliedRef, commit));

    /// <summary>Runs a local git command in the repository, whatever its exit code.</summary>
    private CommandResult InRepository(params string[] arguments) => Attempt(LocalTimeout, ["-C", Directory, .. arguments]);

    private CommandResult Attempt(TimeSpan timeout, string[] arguments)
    {
        var command = new CommandLine("git", [.. Safety, .. arguments]) { Environment = NoPrompt };
        try
        {
            var result = runner.Run(command, timeout);
            var verb = arguments[0] == "-C" ? arguments[2] : arguments[0];
            return result.Succeeded ? result : result with { StandardError = $"git {verb} failed (exit {result.ExitCode}): {Message(result)}" };
        }
        catch (HostAccessException ex)
        {
            throw new GitException(ex.Message, ex);
        }
    }

    private static string Checked(CommandResult result) => result.Succeeded ? result.StandardOutput : throw new GitException(result.StandardError);

    private static string Message(CommandResult result) =>
        result.StandardError.Trim().ReplaceLineEndings(" ") is { Length: > 0 } message ? message : "no message";
}
