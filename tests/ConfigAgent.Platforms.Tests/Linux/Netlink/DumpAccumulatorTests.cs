using System.Net;
using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class DumpAccumulatorTests
{
    private const ushort NewAddress = 20;
    private readonly AddressMessageDecoder _decoder = new();

    [Fact]
    public void A_dump_split_over_two_datagrams_is_collected_until_done()
    {
        var dump = new DumpAccumulator<NetlinkAddress>(NewAddress, 7, _decoder.Decode);

        dump.Consume(KernelMessages.Concat(KernelMessages.LoopbackVip(7, 1), KernelMessages.LoopbackVip(7, 2)));
        var doneAfterFirst = dump.IsDone;
        dump.Consume(KernelMessages.Concat(KernelMessages.LoopbackVip(7, 3), KernelMessages.Done(7)));

        Assert.False(doneAfterFirst);
        Assert.True(dump.IsDone);
        Assert.False(dump.IsInterrupted);
        Assert.Equal(["192.0.2.1", "192.0.2.2", "192.0.2.3"], dump.Items.Select(a => a.Address.ToString()));
    }

    [Fact]
    public void Messages_of_an_earlier_request_are_skipped()
    {
        var dump = new DumpAccumulator<NetlinkAddress>(NewAddress, 8, _decoder.Decode);

        dump.Consume(KernelMessages.Concat(KernelMessages.LoopbackVip(7, 1), KernelMessages.Done(7), KernelMessages.LoopbackVip(8, 2)));
        dump.Consume(KernelMessages.Done(8));

        Assert.Equal([IPAddress.Parse("192.0.2.2")], dump.Items.Select(a => a.Address));
    }

    [Fact]
    public void A_message_flagged_dump_intr_marks_the_dump_interrupted()
    {
        var dump = new DumpAccumulator<NetlinkAddress>(NewAddress, 7, _decoder.Decode);
        var interrupted = KernelMessages.LoopbackVip(7, 1);
        interrupted[6] |= 0x10; // NLM_F_DUMP_INTR

        dump.Consume(KernelMessages.Concat(interrupted, KernelMessages.Done(7)));

        Assert.True(dump.IsDone && dump.IsInterrupted);
    }

    [Fact]
    public void An_error_answering_the_dump_is_thrown_with_its_errno()
    {
        var dump = new DumpAccumulator<NetlinkAddress>(NewAddress, 7, _decoder.Decode);

        var error = Assert.Throws<NetlinkException>(() => dump.Consume(KernelMessages.Error(7, 1)));

        Assert.Equal((1, "Operation not permitted"), (error.Errno, error.Message));
    }

    [Fact]
    public void A_done_with_a_negative_status_fails_the_dump()
    {
        var dump = new DumpAccumulator<NetlinkAddress>(NewAddress, 7, _decoder.Decode);

        var error = Assert.Throws<NetlinkException>(() => dump.Consume(KernelMessages.Done(7, status: -105)));

        Assert.Equal(105, error.Errno);
    }
}
