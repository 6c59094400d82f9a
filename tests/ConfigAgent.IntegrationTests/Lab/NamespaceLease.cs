namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// A lock file held for as long as a lab namespace is in use, so that the sweep of another test
/// run on the same machine leaves it alone. .NET takes FileShare.None as an exclusive flock,
/// which the kernel drops when the holder dies, however it dies.
/// </summary>
internal sealed class NamespaceLease : IDisposable
{
    public const string Directory = "/run/configagent-lab";

    private readonly FileStream _lock;
    private readonly string _path;

    private NamespaceLease(string path, FileStream @lock)
    {
        _path = path;
        _lock = @lock;
    }

    public static NamespaceLease Take(string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(name);
        return new NamespaceLease(path, new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None));
    }

    /// <summary>True when a live process holds the lease of <paramref name="name"/>.</summary>
    public static bool IsHeld(string name)
    {
        try
        {
            using var probe = new FileStream(PathOf(name), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public static void Remove(string name) => File.Delete(PathOf(name));

    public void Dispose()
    {
        File.Delete(_path);
        _lock.Dispose();
    }

    private static string PathOf(string name) => Path.Combine(Directory, name + ".lock");
}
