namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>Skips a test, with the reason, on a machine that cannot build the lab.</summary>
internal static class LabGuard
{
    private static readonly Lazy<string?> Problem = new(FindProblem);

    public static void RequireNamespaces()
    {
        if (Problem.Value is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    private static string? FindProblem()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the lab needs Linux network namespaces";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "the lab needs root to create network namespaces (run the integration tests as root)";
        }

        try
        {
            using var probe = new NetworkNamespace();
            probe.Ip("link", "set", "lo", "up");
            return null;
        }
        catch (Exception e)
        {
            return $"`ip netns` does not work on this machine: {e.Message}";
        }
    }
}
