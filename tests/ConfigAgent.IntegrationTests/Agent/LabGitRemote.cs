using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Agent;

/// <summary>
/// A desired-state repository for the agent to pull from: a bare repository in a temporary
/// directory (the remote) and a work clone that commits one document under <c>hosts/</c>.
/// </summary>
internal sealed class LabGitRemote : IDisposable
{
    private static readonly string[] Identity = ["-c", "user.name=ConfigAgent Lab", "-c", "user.email=lab@example.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("configagent-git-lab-");

    public LabGitRemote()
    {
        try
        {
            Git(_directory.FullName, "init", "--quiet", "--bare", Bare);
            Git(_directory.FullName, "init", "--quiet", Work);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Bare => Path.Join(_directory.FullName, "remote.git");

    private string Work => Path.Join(_directory.FullName, "work");

    /// <summary>Commits <paramref name="yaml"/> as hosts/realserver.yaml, pushes it to main and returns the commit.</summary>
    public string Commit(string yaml)
    {
        Directory.CreateDirectory(Path.Join(Work, "hosts"));
        File.WriteAllText(Path.Join(Work, "hosts", "realserver.yaml"), yaml);
        Git(Work, "add", "--all");
        Git(Work, "commit", "--quiet", "-m", "desired state");
        Git(Work, "push", "--quiet", Bare, "HEAD:refs/heads/main");
        return Git(Work, "rev-parse", "HEAD").Trim();
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static string Git(string directory, params string[] arguments) =>
        LabProcess.Run("git", ["-C", directory, .. Identity, .. arguments]);
}
