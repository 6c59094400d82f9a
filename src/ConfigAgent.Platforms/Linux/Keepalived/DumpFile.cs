namespace ConfigAgent.Platforms.Linux.Keepalived;

/// <summary>The state dump file as statx(2) sees it: enough to tell a new dump from the last and keepalived's from anyone else's.</summary>
internal sealed record DumpFile(uint Owner, ushort Mode, ulong Inode, long ModifiedSeconds, uint ModifiedNanoseconds)
{
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;
    private const ushort WritableByOthers = 0x12; // S_IWGRP | S_IWOTH

    /// <summary>A regular file (not a link), root's, that no one else may write: what keepalived (root, umask 0177) writes.</summary>
    public bool IsTrusted => (Mode & TypeMask) == RegularFile && Owner == 0 && (Mode & WritableByOthers) == 0;
}
