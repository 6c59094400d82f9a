namespace ConfigAgent.Persistence;

/// <summary>File modes as octal text ("0644"), as facts carry them.</summary>
public static class FileModes
{
    public const UnixFileMode ReadWriteReadRead = (UnixFileMode)0b110_100_100;
    public const UnixFileMode ReadWriteOnly = (UnixFileMode)0b110_000_000;
    public const UnixFileMode Executable = (UnixFileMode)0b111_101_101;

    public static string Text(UnixFileMode mode) => "0" + Convert.ToString((int)mode, 8).PadLeft(3, '0');
}
