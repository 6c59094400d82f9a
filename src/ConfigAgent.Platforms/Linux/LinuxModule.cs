using System.Runtime.Versioning;
using ConfigAgent.Compilation;
using ConfigAgent.Engine;
using ConfigAgent.Ownership;
using ConfigAgent.Platforms.Linux.Keepalived;
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
        var commands = new ProcessCommandRunner();
        var keepalived = new KeepalivedProgram(commands);
        var observer = new KeepalivedObserver(
            new LinuxHostObserver(network, sysctls, files, options.Clock, KernelHostname.Read, options.Labels),
            files,
            new KeepalivedStateReader(files, keepalived, options.Clock),
            new VipHolderProbe(options.Clock));
        var fileExecutor = new FileChangeExecutor(files, new BackupStore(files, options.StateDirectory, options.Clock));
        var executor = new KeepalivedChangeExecutor(
            new LinuxChangeExecutor(network, sysctls, new PacketAnnouncer(), fileExecutor, options.Clock, options.AnnounceInterval),
            fileExecutor,
            files,
            keepalived,
            new CommandChangeExecutor(commands, TimeSpan.FromSeconds(60)),
            observer,
            options.Clock);
        return new LocalHost(
            Platform,
            observer,
            executor,
            files,
            commands,
            new LedgerStore(files, options.StateDirectory),
            new FileRunLock(files, options.StateDirectory.TrimEnd('/') + "/lock", options.Clock),
            () => new KernelAddressEvents());
    }
}
