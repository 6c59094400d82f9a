namespace ConfigAgent.Facts;

/// <summary>A file, directory or symbolic link as observed.</summary>
/// <param name="Content">The text of a regular file; null for a directory, a link or a missing file.</param>
/// <param name="Mode">Permission bits in octal (<c>0644</c>).</param>
/// <param name="LinkTarget">Where a symbolic link points.</param>
public sealed record FileFacts(bool Exists, string? Content = null, string? Mode = null, string? LinkTarget = null, bool IsDirectory = false)
{
    public static FileFacts Missing { get; } = new(false);
}
