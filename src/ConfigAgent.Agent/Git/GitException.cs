namespace ConfigAgent.Agent.Git;

/// <summary>A git command failed or did not finish: the remote is unreachable, the branch is gone, the store is damaged.</summary>
internal sealed class GitException(string message, Exception? inner = null) : Exception(message, inner);
