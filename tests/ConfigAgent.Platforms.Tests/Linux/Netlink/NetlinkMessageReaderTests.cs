using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class NetlinkMessageReaderTests
{
    [Fact]
    public void Reads_each_message_of_a_datagram_with_its_header_fields()
    {
        var datagram = KernelMessages.Concat(KernelMessages.LoopbackVip(7, 10), KernelMessages.Done(7));

        var messages = new List<(ushort Type, ushort Flags, uint Sequence, uint PortId, int PayloadLength)>();
        foreach (var message in new NetlinkMessageReader(datagram))
        {
            messages.Add((message.Type, message.Flags, message.Sequence, message.PortId, message.Payload.Length));
        }

        Assert.Equal([(20, 2, 7u, KernelMessages.PortId, 44), (3, 2, 7u, KernelMessages.PortId, 4)], messages);
    }

    [Fact]
    public void The_next_message_starts_at_the_aligned_end_of_the_previous_one()
    {
        // nlmsg_len 18 (a 2-byte payload), then 2 bytes of padding, then an NLMSG_DONE.
        byte[] datagram =
        [
            18, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0xAA, 0xBB, 0, 0,
            .. KernelMessages.Done(1),
        ];

        var types = new List<ushort>();
        var payloads = new List<byte[]>();
        foreach (var message in new NetlinkMessageReader(datagram))
        {
            types.Add(message.Type);
            payloads.Add(message.Payload.ToArray());
        }

        Assert.Equal([1, 3], types);
        Assert.Equal([0xAA, 0xBB], payloads[0]);
    }

    [Fact]
    public void A_message_longer_than_the_datagram_is_rejected()
    {
        var datagram = KernelMessages.LoopbackVip(7, 10)[..40];

        Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var message in new NetlinkMessageReader(datagram))
            {
                _ = message.Type;
            }
        });
    }
}
