using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class NetlinkErrorDecoderTests
{
    [Fact]
    public void An_error_of_zero_is_an_ack()
    {
        Assert.Null(Decode(KernelMessages.Error(3, 0)));
    }

    [Theory]
    [InlineData(17, "File exists")]
    [InlineData(19, "No such device")]
    [InlineData(1, "Operation not permitted")]
    [InlineData(99, "Cannot assign requested address")]
    public void A_negative_error_becomes_an_exception_with_the_errno_and_strerror(int errno, string message)
    {
        var error = Decode(KernelMessages.Error(3, errno));

        Assert.Equal((errno, message, (string?)null), (error!.Errno, error.Message, error.KernelMessage));
    }

    [Fact]
    public void The_extended_ack_message_is_kept()
    {
        byte[] datagram =
        [
            52, 0, 0, 0, 2, 0, 0x00, 0x03, 3, 0, 0, 0, 0, 0, 0, 0, // NLMSG_ERROR, NLM_F_CAPPED|NLM_F_ACK_TLVS
            0xEA, 0xFF, 0xFF, 0xFF, // -22 EINVAL
            44, 0, 0, 0, 20, 0, 0x05, 0x06, 3, 0, 0, 0, 0, 0, 0, 0, // the request's header
            15, 0, 1, 0, (byte)'b', (byte)'a', (byte)'d', (byte)' ', (byte)'p', (byte)'r', (byte)'e', (byte)'f', (byte)'i', (byte)'x', 0, 0, // NLMSGERR_ATTR_MSG
        ];

        var error = Decode(datagram);

        Assert.Equal((22, "bad prefix"), (error!.Errno, error.KernelMessage));
    }

    private static NetlinkException? Decode(byte[] datagram)
    {
        var reader = new NetlinkMessageReader(datagram);
        Assert.True(reader.MoveNext());
        return NetlinkErrorDecoder.Decode(reader.Current);
    }
}
