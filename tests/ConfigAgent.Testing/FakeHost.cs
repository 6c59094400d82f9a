using ConfigAgent.Engine;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;

namespace ConfigAgent.Testing;

/// <summary>
/// A host made of named settings that keeps state: it observes, executes and undoes changes of
/// <see cref="FakeSetting"/> resources, and lets a test inject failures at any step.
/// </summary>
public sealed class FakeHost : IHostObserver, IChangeExecutor
{
    public Dictionary<string, string> State { get; } = new(StringComparer.Ordinal);

    /// <summary>Every operation, in order: "set x=1", "unset x", "observe", "announce x".</summary>
    public List<string> Log { get; } = [];

    /// <summary>Settings whose change throws, as a refused kernel call does.</summary>
    public HashSet<string> Refuse { get; } = new(StringComparer.Ordinal);

    /// <summary>What the host says when it refuses a setting (default: "the host refused to change NAME").</summary>
    public Dictionary<string, string> RefusalMessages { get; } = new(StringComparer.Ordinal);

    /// <summary>Settings whose change reports success but leaves the host unchanged.</summary>
    public HashSet<string> DoesNotStick { get; } = new(StringComparer.Ordinal);

    /// <summary>Settings whose undo does nothing, as a rollback that silently fails would.</summary>
    public HashSet<string> BrokenUndo { get; } = new(StringComparer.Ordinal);

    public string Source => "fake";

    public HostFacts ObserveHost()
    {
        Log.Add("observe");
        return new HostFacts { Platform = "fake", Hostname = "fake-01" };
    }

    public HostFacts ObserveDetails(HostFacts host, ObservationScope scope) =>
        host with { Settings = scope.Settings.ToDictionary(s => s, s => (string?)State.GetValueOrDefault(s), StringComparer.Ordinal) };

    public AppliedStep Apply(Change change, CancellationToken cancellationToken)
    {
        var name = ((FakeSetting)change.Resource).Name;
        if (Refuse.Contains(name))
        {
            Log.Add($"refused {name}");
            throw new HostAccessException(RefusalMessages.GetValueOrDefault(name) ?? $"the host refused to change {name}");
        }

        var before = State.GetValueOrDefault(name);
        if (!DoesNotStick.Contains(name))
        {
            Set(name, change.After);
        }
        else
        {
            Log.Add($"lost {name}");
        }

        return new AppliedStep(change, () =>
        {
            if (!BrokenUndo.Contains(name))
            {
                Set(name, before);
            }
        });
    }

    public void Announce(IReadOnlyList<Change> verified, CancellationToken cancellationToken)
    {
        foreach (var change in verified)
        {
            Log.Add($"verified {((FakeSetting)change.Resource).Name}");
        }
    }

    private void Set(string name, string? value)
    {
        if (value is null)
        {
            State.Remove(name);
            Log.Add($"unset {name}");
        }
        else
        {
            State[name] = value;
            Log.Add($"set {name}={value}");
        }
    }
}
