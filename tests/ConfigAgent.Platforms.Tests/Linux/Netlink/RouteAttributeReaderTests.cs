using ConfigAgent.Platforms.Linux.Netlink;

namespace ConfigAgent.Platforms.Tests.Linux.Netlink;

public sealed class RouteAttributeReaderTests
{
    [Fact]
    public void An_attribute_after_a_padded_one_is_read_from_the_aligned_offset()
    {
        byte[] attributes =
        [
            7, 0, 3, 0, (byte)'l', (byte)'o', 0, 0, // IFLA_IFNAME "lo\0": rta_len 7, 1 byte of padding
            8, 0, 4, 0, 0x00, 0x00, 0x01, 0x00, // IFLA_MTU 65536
        ];

        var read = new List<(ushort Type, byte[] Value)>();
        foreach (var attribute in new RouteAttributeReader(attributes))
        {
            read.Add((attribute.Type, attribute.Value.ToArray()));
        }

        Assert.Equal([3, 4], read.Select(a => a.Type));
        Assert.Equal("lo\0"u8.ToArray(), read[0].Value);
        Assert.Equal([0, 0, 1, 0], read[1].Value);
    }

    [Fact]
    public void The_nested_and_byte_order_flags_are_not_part_of_the_type()
    {
        byte[] attributes = [8, 0, 0x08, 0xC0, 1, 2, 3, 4]; // type 8 | NLA_F_NESTED | NLA_F_NET_BYTEORDER

        var types = new List<ushort>();
        foreach (var attribute in new RouteAttributeReader(attributes))
        {
            types.Add(attribute.Type);
        }

        Assert.Equal([8], types);
    }

    [Fact]
    public void The_last_attribute_may_end_without_its_padding()
    {
        byte[] attributes = [5, 0, 1, 0, 0x2A];

        var values = new List<byte[]>();
        foreach (var attribute in new RouteAttributeReader(attributes))
        {
            values.Add(attribute.Value.ToArray());
        }

        Assert.Equal([[0x2A]], values);
    }
}
