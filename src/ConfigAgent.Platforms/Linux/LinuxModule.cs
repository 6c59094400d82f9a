using System.Runtime.Versioning;
using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Registers the Linux platform: its compiler, and on a Linux machine the live observer and
/// executor over rtnetlink and /proc/sys, the files under --root and the flock run lock.
/// </summary>
internal static class LinuxModule
{
    public const string Name = "linux";

    public static IPlatform Platform { get; } = new LinuxPlatform();

    [SupportedOSPlatform("linux")]
    public static LocalHost Local(LocalHostOptions options)
    {
        var files = new LocalFileSystem(options.Root);
        var network = new RtnetlinkNetwork();
        var sysctls = new ProcSysctl();
        var observer = new LinuxHostObserver(network, sysctls, files, options.Clock, System.Net.Dns.GetHostName);
        var executor = new LinuxChangeExecutor(network, sysctls, new PacketAnnouncer(), options.Clock, options.AnnounceInterval);
        return new LocalHost(Platform, observer, executor, files, state => new FileRunLock(files.Resolve(state.TrimEnd('/') + "/lock"), options.Clock));
    }
}
