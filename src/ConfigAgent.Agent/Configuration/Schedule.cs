namespace ConfigAgent.Agent.Configuration;

/// <summary>When scheduled runs happen: every <see cref="Interval"/>, or on a Quartz cron expression; each delayed by a random splay.</summary>
public sealed record Schedule(TimeSpan? Interval, string? Cron, TimeSpan Splay)
{
    public static TimeSpan DefaultInterval { get; } = TimeSpan.FromSeconds(30);
}
