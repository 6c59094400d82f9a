using System.Net.Sockets;
using ConfigAgent.Platforms.Linux.Interop;
using static ConfigAgent.Platforms.Linux.Interop.RtnetlinkConstants;

namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>
/// Link and address notifications (RTMGRP_LINK, RTMGRP_IPV4_IFADDR, RTMGRP_IPV6_IFADDR) of the
/// network namespace the listener was created in. One reader at a time; Dispose may come from
/// any thread and ends a pending wait at once.
/// </summary>
internal sealed class AddressEventListener : IDisposable
{
    /// <summary>Room for a burst of about 2,500 notifications before the kernel drops any (measured on 6.18).</summary>
    public const int DefaultReceiveBufferSize = 1024 * 1024;

    private readonly NetlinkTransport _transport;

    // The same descriptor seen by System.Net.Sockets: its epoll loop does the waiting, so a wait
    // is cancellable and Dispose aborts it. Reads still go through the transport.
    private readonly Socket _readiness;
    private readonly NetlinkEventDecoder _decoder = new();
    private readonly Queue<NetlinkEvent> _pending = new();

    public AddressEventListener(int receiveBufferSize = DefaultReceiveBufferSize)
    {
        _transport = NetlinkTransport.Open(RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR, receiveBufferSize: receiveBufferSize);
        try
        {
            _readiness = new Socket(_transport.Handle);
        }
        catch
        {
            _transport.Dispose();
            throw;
        }
    }

    /// <summary>The next event; <see cref="NetlinkEventKind.ResyncNeeded"/> after notifications were lost.</summary>
    /// <exception cref="ObjectDisposedException">The listener was disposed, also while waiting.</exception>
    public async ValueTask<NetlinkEvent> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryTake(out var next))
            {
                return next;
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // A zero-byte peek waits for a datagram without taking it.
                await _readiness.ReceiveAsync(Memory<byte>.Empty, SocketFlags.Peek, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.NoBufferSpaceAvailable)
            {
                return NetlinkEvent.ResyncNeeded;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.OperationAborted)
            {
                throw new ObjectDisposedException(nameof(AddressEventListener), e);
            }
        }
    }

    /// <summary>The next event, or null when none came within <paramref name="timeout"/> or the listener is disposed.</summary>
    public NetlinkEvent? WaitForEvent(TimeSpan timeout)
    {
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            var next = NextAsync(expiry.Token);
            return next.IsCompletedSuccessfully ? next.Result : next.AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested)
        {
            return null;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _readiness.Dispose();
        _transport.Dispose();
    }

    private bool TryTake(out NetlinkEvent next)
    {
        while (_pending.Count == 0)
        {
            try
            {
                if (!_transport.TryReceive(wait: false, out var datagram))
                {
                    next = null!;
                    return false;
                }

                foreach (var message in new NetlinkMessageReader(datagram))
                {
                    if (_decoder.Decode(message) is { } decoded)
                    {
                        _pending.Enqueue(decoded);
                    }
                }
            }
            catch (NetlinkException e) when (e.Errno == Errno.ENOBUFS)
            {
                // The kernel dropped notifications it could not queue (netlink_overrun).
                next = NetlinkEvent.ResyncNeeded;
                return true;
            }
        }

        next = _pending.Dequeue();
        return true;
    }
}
