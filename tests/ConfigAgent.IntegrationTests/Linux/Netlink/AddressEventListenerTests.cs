using System.Diagnostics;
using System.Net;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.IntegrationTests.Linux.Netlink;

public sealed class AddressEventListenerTests : IDisposable
{
    private const int Loopback = 1;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly NetworkNamespace _ns;
    private readonly AddressEventListener _listener;

    public AddressEventListenerTests()
    {
        LabGuard.RequireNamespaces();
        _ns = new NetworkNamespace();
        _ns.Ip("link", "set", "lo", "up");
        _listener = _ns.Run(() => new AddressEventListener());
    }

    public void Dispose()
    {
        _listener.Dispose();
        _ns.Dispose();
    }

    [Fact]
    public void An_address_deleted_by_ip_is_reported_within_a_second()
    {
        _ns.Ip("addr", "add", "192.0.2.20/32", "dev", "lo");
        _ns.Ip("addr", "del", "192.0.2.20/32", "dev", "lo");

        var removed = WaitFor(e => e.Kind == NetlinkEventKind.AddressRemoved, Second);

        Assert.NotNull(removed);
        Assert.Equal((Loopback, IPAddress.Parse("192.0.2.20"), 32), (removed.Address!.InterfaceIndex, removed.Address.Address, removed.Address.PrefixLength));
    }

    [Fact]
    public async Task An_added_ipv6_address_is_reported_to_an_async_reader()
    {
        var next = _listener.NextAsync(TestContext.Current.CancellationToken).AsTask();

        _ns.Ip("addr", "add", "2001:db8::20/128", "dev", "lo");

        var added = await next.WaitAsync(Second, TestContext.Current.CancellationToken);
        Assert.Equal(NetlinkEventKind.AddressAdded, added.Kind);
        Assert.Equal((IPAddress.Parse("2001:db8::20"), 128), (added.Address!.Address, added.Address.PrefixLength));
    }

    [Fact]
    public void A_link_going_down_is_reported()
    {
        _ns.Ip("link", "set", "lo", "down");

        var changed = WaitFor(e => e.Kind == NetlinkEventKind.LinkChanged, Second);

        Assert.NotNull(changed);
        Assert.Equal("lo", changed.Link!.Name);
        Assert.False(changed.Link.IsUp);
    }

    [Fact]
    public void An_overrun_is_reported_as_a_resync_and_the_listener_keeps_listening()
    {
        using var small = _ns.Run(() => new AddressEventListener(receiveBufferSize: 4096));
        _ns.Run(() =>
        {
            using var socket = new RtnetlinkSocket();
            for (var host = 0; host < 256; host++)
            {
                socket.AddAddress(Loopback, IPAddress.Parse($"198.51.100.{host}"), 32, label: null);
            }
        });

        var resync = WaitFor(small, e => e.Kind == NetlinkEventKind.ResyncNeeded, Second);
        while (small.WaitForEvent(TimeSpan.Zero) is not null)
        {
        }

        _ns.Ip("addr", "add", "203.0.113.1/32", "dev", "lo");
        var after = WaitFor(small, e => e.Kind == NetlinkEventKind.AddressAdded, Second);

        Assert.NotNull(resync);
        Assert.Equal(IPAddress.Parse("203.0.113.1"), after?.Address?.Address);
    }

    [Fact]
    public void Waiting_without_events_returns_null_after_the_timeout()
    {
        var clock = Stopwatch.StartNew();

        var next = _listener.WaitForEvent(TimeSpan.FromMilliseconds(100));

        Assert.Null(next);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(90), Second);
    }

    [Fact]
    public async Task Cancelling_a_wait_ends_it_at_once()
    {
        using var cancel = new CancellationTokenSource();
        var next = _listener.NextAsync(cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Second, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Disposing_ends_a_pending_wait()
    {
        var next = _listener.NextAsync(TestContext.Current.CancellationToken).AsTask();

        _listener.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => next.WaitAsync(Second, TestContext.Current.CancellationToken));
        Assert.Null(_listener.WaitForEvent(Second));
    }

    private NetlinkEvent? WaitFor(Func<NetlinkEvent, bool> match, TimeSpan timeout) => WaitFor(_listener, match, timeout);

    private static NetlinkEvent? WaitFor(AddressEventListener listener, Func<NetlinkEvent, bool> match, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (listener.WaitForEvent(timeout - clock.Elapsed) is { } next && match(next))
            {
                return next;
            }
        }

        return null;
    }
}
