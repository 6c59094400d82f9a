namespace ConfigAgent.Platforms.Linux.Netlink;

/// <summary>Turns the payload of one dumped message into an item, or null to skip it.</summary>
internal delegate T? MessageDecoder<T>(ReadOnlySpan<byte> payload)
    where T : class;
