using ConfigAgent.Compilation;
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
        _ => throw new ArgumentException($"unknown platform '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
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
            _ => throw new ArgumentException($"unknown platform '{platform}' (known: {string.Join(", ", Names)})", nameof(platform)),
        };
    }
}
