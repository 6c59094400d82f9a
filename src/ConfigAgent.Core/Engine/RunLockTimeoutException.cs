namespace ConfigAgent.Engine;

public sealed class RunLockTimeoutException(string path, TimeSpan waited)
    : Exception($"another ConfigAgent run holds {path}: gave up after {waited.TotalSeconds:0.#} s and nothing was changed (is the agent converging this host?)");
