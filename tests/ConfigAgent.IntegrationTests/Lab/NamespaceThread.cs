using System.Collections.Concurrent;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// A thread that entered a network namespace with setns(2) and runs the work it is given there,
/// one item at a time: sockets the work opens belong to the namespace. setns moves the calling
/// thread only, and a new thread inherits the namespace of the thread that starts it, so the
/// work should stay synchronous: what it queues to the thread pool runs in whatever namespace
/// that pool thread happens to be in.
/// </summary>
internal sealed class NamespaceThread : IDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly BlockingCollection<Action> _work = [];
    private readonly Thread _thread;

    static NamespaceThread()
    {
        // The runtime starts its timer thread on first use, from whichever thread that is: from
        // a lab thread it would sit in the lab namespace, and so would the pool threads it adds.
        using var timer = new Timer(static _ => { }, null, TimeSpan.FromDays(1), Timeout.InfiniteTimeSpan);
    }

    public NamespaceThread(string name, string path)
    {
        var entered = new TaskCompletionSource();
        _thread = new Thread(() => Loop(path, entered)) { IsBackground = true, Name = $"netns {name}" };
        _thread.UnsafeStart();
        entered.Task.GetAwaiter().GetResult();
    }

    public T Run<T>(Func<T> work)
    {
        if (Thread.CurrentThread == _thread)
        {
            return work();
        }

        // Without RunContinuationsAsynchronously: completing it wakes the blocked caller directly
        // and queues nothing to the thread pool from inside the namespace.
        var done = new TaskCompletionSource<T>();

        // The caller's async-locals (xunit's TestContext among them) go with the work.
        var context = ExecutionContext.Capture();
        _work.Add(() =>
        {
            try
            {
                done.SetResult(context is null ? work() : RunIn(context, work));
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _work.CompleteAdding();
        _thread.Join(StopTimeout);
    }

    private void Loop(string path, TaskCompletionSource entered)
    {
        try
        {
            NamespaceSyscalls.EnterNetworkNamespace(path);
            entered.SetResult();
        }
        catch (Exception e)
        {
            entered.SetException(e);
            return;
        }

        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }
    }

    private static T RunIn<T>(ExecutionContext context, Func<T> work)
    {
        var result = default(T)!;
        ExecutionContext.Run(context, _ => result = work(), null);
        return result;
    }
}
