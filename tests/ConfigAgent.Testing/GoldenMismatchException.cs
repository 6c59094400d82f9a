namespace ConfigAgent.Testing;

public sealed class GoldenMismatchException(string message) : Exception(message);
