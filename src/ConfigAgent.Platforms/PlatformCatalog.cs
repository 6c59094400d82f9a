using ConfigAgent.Compilation;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Aix;
using ConfigAgent.Platforms.Linux;
using ConfigAgent.Platforms.Windows;

namespace ConfigAgent.Platforms;

/// <summary>
/// The platforms ConfigAgent knows, by name, and the one it runs on. Each platform is registered
/// by its own small module; the rest of the program sees only the contracts.
/// </summary>
public static class PlatformCatalog
{
    public static IReadOnlyList<string> Names { get; } = [LinuxModule.Name, AixModule.Name, WindowsModule.Name];

    public static IPlatform Get(string name) => name switch
    {
        LinuxModule.Name => LinuxModule.Platform,
        AixModule.Name => AixModule.Platform,
        WindowsModule.Name => WindowsModule.Platform,
        _ => throw Unknown(name, nameof(name)),
    };

    /// <summary>The machine this process runs on, with its files under <see cref="LocalHostOptions.Root"/>.</summary>
    public static LocalHost Local(LocalHostOptions options)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("ConfigAgent observes and changes Linux hosts it runs on; plan others offline with --facts.");
        }

        return LinuxModule.Local(options);
    }

    /// <summary>
    /// A host of <paramref name="platform"/> known from command output captured on it, in
    /// <paramref name="directory"/> (README: "Facts for AIX and Windows"). Linux hosts are observed live.
    /// </summary>
    public static CapturedHost Captured(string platform, string directory, TimeProvider clock)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the capture directory {directory} does not exist");
        }

        return platform switch
        {
            AixModule.Name => AixModule.Captured(directory, clock),
            WindowsModule.Name => WindowsModule.Captured(directory, clock),
            LinuxModule.Name => throw new ArgumentException("Linux facts are observed live: run 'configagent facts' on the host itself", nameof(platform)),
            _ => throw Unknown(platform, nameof(platform)),
        };
    }

    /// <summary>
    /// A host of <paramref name="platform"/> reached through <paramref name="runner"/> and
    /// <paramref name="files"/> (an SSH session, say): observed, planned and changed through them,
    /// with its ledger in its own state directory. Linux hosts are changed by ConfigAgent on them.
    /// </summary>
    public static RemoteHost Remote(string platform, ICommandRunner runner, IFileSystem files, RemoteHostOptions options) => platform switch
    {
        AixModule.Name => AixModule.Remote(runner, files, options),
        WindowsModule.Name => WindowsModule.Remote(runner, files, options),
        LinuxModule.Name => throw new ArgumentException("Linux hosts are observed and changed over rtnetlink by ConfigAgent running on them: run it there", nameof(platform)),
        _ => throw Unknown(platform, nameof(platform)),
    };

    private static ArgumentException Unknown(string platform, string parameter) =>
        new($"unknown platform '{platform}' (known: {string.Join(", ", Names)})", parameter);
}
