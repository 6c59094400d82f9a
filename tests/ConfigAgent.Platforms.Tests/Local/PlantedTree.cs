namespace ConfigAgent.Platforms.Tests.Local;

/// <summary>
/// A root directory and, beside it, an "outside" directory holding a file a planted link points
/// at: what a test proves is that <see cref="Outside"/> is exactly as it was when it is done.
/// </summary>
internal sealed class PlantedTree : IDisposable
{
    public const string VictimContent = "outside: must never change\n";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("configagent-planted-");

    public PlantedTree()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Victim, VictimContent);
    }

    public string Root => Path.Join(_directory.FullName, "root");

    public string Outside => Path.Join(_directory.FullName, "outside");

    public string Victim => Path.Join(Outside, "victim");

    /// <summary>The real path of a host path under the root, links not followed.</summary>
    public string Real(string hostPath) => Root + hostPath;

    /// <summary>Plants a link at <paramref name="hostPath"/> (under the root) pointing at <paramref name="target"/>.</summary>
    public void Plant(string hostPath, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Real(hostPath))!);
        File.CreateSymbolicLink(Real(hostPath), target);
    }

    /// <summary>Every entry of the outside directory with its content: the victim alone, unchanged.</summary>
    public void AssertOutsideUntouched()
    {
        Assert.Equal(["victim"], Directory.GetFileSystemEntries(Outside).Select(Path.GetFileName));
        Assert.Equal(VictimContent, File.ReadAllText(Victim));
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
