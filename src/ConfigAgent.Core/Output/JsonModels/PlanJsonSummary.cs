namespace ConfigAgent.Output.JsonModels;

/// <summary>The plan's counts; <paramref name="Changes"/> is true when apply would change something.</summary>
public sealed record PlanJsonSummary(int Resources, int InSync, int Create, int Update, int Delete, int Blocked, bool Changes);
