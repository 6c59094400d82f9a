using System.Runtime.Versioning;
using ConfigAgent.Compilation;
using ConfigAgent.Ownership;
using ConfigAgent.Persistence;
using ConfigAgent.Platforms.Linux.Kernel;
using ConfigAgent.Platforms.Local;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Linux;

/// <summary>
/// Registers the Linux platform: its compiler, and on a Linux machine the live observer and
/// executor over rtnetlink and /proc/sys, the files under --root and the flock run lock.
/// </summary>
internal static class LinuxModule
{
    public const string Name = "linux";

    public static TemplateCache Templates => TemplateCache.Shared;

    public static IPlatform Platform { get; } = new LinuxPlatform(Templates);

    [SupportedOSPlatform("linux")]
    public static LocalHost Local(LocalHostOptions options)
    {
        var files = new LocalFileSystem(options.Root);
        var network = new RtnetlinkNetwork(options.Clock);
        var sysctls = new ProcSysctl();
        var observer = new LinuxHostObserver(network, sysctls, files, options.Clock, KernelHostname.Read, options.Labels);
        var fileExecutor = new FileChangeExecutor(files, new BackupStore(files, options.StateDirectory, options.Clock));
        var executor = new LinuxChangeExecutor(network, sysctls, new PacketAnnouncer(), fileExecutor, options.Clock, options.AnnounceInterval);
        return new LocalHost(
            Platform,
            observer,
            executor,
            files,
            new ProcessCommandRunner(),
            new LedgerStore(files, options.StateDirectory),
            new FileRunLock(files.Resolve(options.StateDirectory.TrimEnd('/') + "/lock"), options.Clock),
            () => new KernelAddressEvents());
    }
}
