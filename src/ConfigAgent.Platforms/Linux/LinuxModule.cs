using ConfigAgent.Platforms.Local;

namespace ConfigAgent.Platforms.Linux;

/// <summary>Registers the Linux platform: its compiler, and the live observer over rtnetlink and /proc/sys.</summary>
internal static class LinuxModule
{
    public const string Name = "linux";

    public static IPlatform Platform { get; } = new LinuxPlatform();

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public static LocalHost Local(LocalHostOptions options)
    {
        var files = new LocalFileSystem(options.Root);
        var observer = new LinuxHostObserver(RtnetlinkNetworkPending(), new ProcSysctl(), files, options.Clock, System.Net.Dns.GetHostName);
        return new LocalHost(Platform, observer);
    }

    // TODO(wiring): replaced by the rtnetlink implementation when it lands.
    private static IKernelNetwork RtnetlinkNetworkPending() => throw new NotSupportedException("rtnetlink is not wired yet");
}
