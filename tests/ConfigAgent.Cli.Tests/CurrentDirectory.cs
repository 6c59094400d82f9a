namespace ConfigAgent.Cli.Tests;

/// <summary>Tests that change the process's current directory run one at a time.</summary>
[CollectionDefinition(nameof(CurrentDirectory), DisableParallelization = true)]
public sealed class CurrentDirectory;
