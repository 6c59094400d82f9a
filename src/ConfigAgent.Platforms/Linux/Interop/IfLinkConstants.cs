namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary>Constants of linux/if_link.h and linux/if.h.</summary>
internal static class IfLinkConstants
{
    public const ushort IFLA_ADDRESS = 1;
    public const ushort IFLA_IFNAME = 3;
    public const ushort IFLA_MTU = 4;
    public const ushort IFLA_EXT_MASK = 29;

    public const int IFNAMSIZ = 16;
}
