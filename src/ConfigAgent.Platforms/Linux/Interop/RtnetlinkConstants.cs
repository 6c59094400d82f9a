namespace ConfigAgent.Platforms.Linux.Interop;

/// <summary>Constants of linux/rtnetlink.h.</summary>
internal static class RtnetlinkConstants
{
    public const ushort RTM_NEWLINK = 16;
    public const ushort RTM_DELLINK = 17;
    public const ushort RTM_GETLINK = 18;
    public const ushort RTM_NEWADDR = 20;
    public const ushort RTM_DELADDR = 21;
    public const ushort RTM_GETADDR = 22;

    public const uint RTMGRP_LINK = 0x1;
    public const uint RTMGRP_IPV4_IFADDR = 0x10;
    public const uint RTMGRP_IPV6_IFADDR = 0x100;

    public const int RTA_ALIGNTO = 4;

    public const byte RT_SCOPE_UNIVERSE = 0;
    public const byte RT_SCOPE_SITE = 200;
    public const byte RT_SCOPE_LINK = 253;
    public const byte RT_SCOPE_HOST = 254;

    public const uint RTEXT_FILTER_SKIP_STATS = 1 << 3;

    public static int RTA_ALIGN(int length) => (length + RTA_ALIGNTO - 1) & ~(RTA_ALIGNTO - 1);
}
