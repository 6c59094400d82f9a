using ConfigAgent.Graph;
using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Agent.Tests.Git;

/// <summary>
/// A throwaway remote for the agent to pull from: a bare repository in a temporary directory and
/// a work clone that commits documents and pushes them (also with --force). Removed on dispose.
/// </summary>
internal sealed class GitRemote : IDisposable
{
    public const string Branch = "main";

    private static readonly string[] Identity = ["-c", "user.name=ConfigAgent Tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"];

    private readonly ProcessCommandRunner _runner = new();

    public GitRemote()
    {
        Directory.CreateDirectory(Bare);
        Git(Root, "init", "--quiet", "--bare", Bare);
        Git(Root, "init", "--quiet", Work);
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("configagent-git-").FullName;

    public string Bare => Path.Join(Root, "remote.git");

    public string Work => Path.Join(Root, "work");

    /// <summary>Where the agent under test keeps its own repository.</summary>
    public string StateRepository => Path.Join(Root, "state", "git");

    /// <summary>Replaces the work tree's documents with <paramref name="files"/>, commits and pushes; returns the commit.</summary>
    public string Commit(IReadOnlyDictionary<string, string> files, bool force = false)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(Work).Where(e => Path.GetFileName(e) != ".git"))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Join(Work, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        Git(Work, "add", "--all");
        Git(Work, "commit", "--quiet", "--allow-empty", "-m", $"{files.Count} files");
        string[] push = force ? ["push", "--quiet", "--force"] : ["push", "--quiet"];
        Git(Work, [.. push, Bare, $"HEAD:refs/heads/{Branch}"]);
        return Git(Work, "rev-parse", "HEAD").Trim();
    }

    /// <summary>Drops the last commit of the work clone, so that the next <see cref="Commit"/> rewrites the history.</summary>
    public void Rewind() => Git(Work, "reset", "--quiet", "--hard", "HEAD~1");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Git(string directory, params string[] arguments)
    {
        var result = _runner.Run(new CommandLine("git", ["-C", directory, .. Identity, .. arguments]), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return result.Succeeded ? result.StandardOutput : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {result.StandardError}");
    }
}
