namespace ConfigAgent.Facts;

/// <summary>A file, directory or symbolic link as observed.</summary>
/// <param name="Content">The text of a regular file; null for a directory, a link or a missing file.</param>
/// <param name="Mode">Permission bits in octal (<c>0644</c>).</param>
/// <param name="LinkTarget">Where a symbolic link points.</param>
/// <param name="Problem">Why the content could not be read as text (not UTF-8): such a file is never rewritten.</param>
public sealed record FileFacts(bool Exists, string? Content = null, string? Mode = null, string? LinkTarget = null, bool IsDirectory = false, string? Problem = null)
{
    public static FileFacts Missing { get; } = new(false);
}
