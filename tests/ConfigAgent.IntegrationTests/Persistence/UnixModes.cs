namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>File modes for the artefact checks; the lab runs on Linux only (LabGuard skips elsewhere).</summary>
internal static class UnixModes
{
    public static UnixFileMode Of(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("file modes need Linux") : File.GetUnixFileMode(path);
}
