namespace ConfigAgent.Platforms;

/// <summary>How to reach the local host: the file-system root (<c>--root</c>) and the clock.</summary>
public sealed record LocalHostOptions(string Root, TimeProvider Clock)
{
    public static LocalHostOptions Default { get; } = new("/", TimeProvider.System);
}
