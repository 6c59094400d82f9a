using System.Net;
using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Failover;

/// <summary>The client's view of announcements: gratuitous ARPs (requests whose sender and target are both the VIP) and who sent them.</summary>
internal static class GratuitousArps
{
    public static bool IsFor(byte[] frame, IPAddress vip) =>
        CapturedFrame.IsArpFor(frame, vip) && new CapturedFrame(frame) is var arp && arp.Word(20) == 1 && arp.Address(38, 4).Equals(vip);

    /// <summary>The gratuitous ARPs for <paramref name="vip"/> from <paramref name="mac"/> that reach the capture within <paramref name="window"/>.</summary>
    public static int Count(PacketCapture capture, IPAddress vip, string mac, TimeSpan window) =>
        capture.Collect(f => IsFor(f, vip) && new CapturedFrame(f).Source == mac, int.MaxValue, window).Count;
}
