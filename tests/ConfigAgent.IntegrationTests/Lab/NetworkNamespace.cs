using System.Security.Cryptography;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// A throwaway network namespace, ca-xxxxxxxx, with a thread inside it.
/// Reading /proc/sys/net/... on that thread shows the namespace's own values, and writes
/// change the namespace only: the kernel resolves net sysctls against the calling thread's
/// namespace (see NetworkNamespaceTests). /proc/net does not follow: it is /proc/self/net, the
/// namespace of the process's main thread; /proc/thread-self/net is the thread's.
/// </summary>
internal sealed class NetworkNamespace : IDisposable
{
    public const string Prefix = "ca-";

    private readonly NamespaceLease _lease;
    private readonly NamespaceThread _thread;

    public NetworkNamespace()
    {
        NamespaceSweep.RunOnce();
        Name = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        _lease = NamespaceLease.Take(Name);
        try
        {
            LabProcess.Run("ip", "netns", "add", Name);
            _thread = new NamespaceThread(Name, Path);
        }
        catch
        {
            LabProcess.TryRun("ip", "netns", "delete", Name);
            _lease.Dispose();
            throw;
        }
    }

    public string Name { get; }

    public string Path => $"/run/netns/{Name}";

    /// <summary>Runs `ip -n NAME ...` and returns its output; a failure throws with ip's stderr.</summary>
    public string Ip(params IReadOnlyList<string> arguments) => LabProcess.Run("ip", ["-n", Name, .. arguments]);

    /// <summary>Runs a program inside the namespace with `ip netns exec`.</summary>
    public string Exec(string program, params IReadOnlyList<string> arguments) =>
        LabProcess.Run("ip", ["netns", "exec", Name, program, .. arguments]);

    /// <summary>Runs <paramref name="work"/> on the namespace's thread and waits for it.</summary>
    public T Run<T>(Func<T> work) => _thread.Run(work);

    public void Run(Action work) => _thread.Run<object?>(() =>
    {
        work();
        return null;
    });

    public void Dispose()
    {
        try
        {
            _thread.Dispose();
            LabProcess.TryRun("ip", "netns", "delete", Name);
            _lease.Dispose();
        }
        catch (Exception)
        {
            // A leftover is the sweep's job; a test must not fail while cleaning up.
        }
    }
}
