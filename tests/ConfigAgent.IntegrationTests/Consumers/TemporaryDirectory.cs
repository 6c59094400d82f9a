namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>A directory under /tmp that goes with the test, whatever happened in it.</summary>
internal sealed class TemporaryDirectory(string prefix) : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory(prefix);

    public string Path => _directory.FullName;

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover under /tmp is harmless; a test must not fail while cleaning up.
        }
    }
}
