using ConfigAgent.Platforms.Linux;

namespace ConfigAgent.Platforms;

/// <summary>
/// The platforms ConfigAgent knows, by name, and the one it runs on. Each platform is registered
/// by its own small module; the rest of the program sees only the contracts.
/// </summary>
public static class PlatformCatalog
{
    public static IReadOnlyList<string> Names { get; } = [LinuxModule.Name];

    public static IPlatform Get(string name) => name switch
    {
        LinuxModule.Name => LinuxModule.Platform,
        _ => throw new ArgumentException($"unknown platform '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };

    /// <summary>Starts compiling the embedded templates on another core: for commands that will render artefacts soon.</summary>
    public static void WarmTemplates() => LinuxModule.Templates.Warm();

    /// <summary>The machine this process runs on, with its files under <see cref="LocalHostOptions.Root"/>.</summary>
    public static LocalHost Local(LocalHostOptions options)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("ConfigAgent observes and changes Linux hosts it runs on; plan others offline with --facts.");
        }

        return LinuxModule.Local(options);
    }
}
