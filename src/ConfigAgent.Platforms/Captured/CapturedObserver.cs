using ConfigAgent.Facts;
using ConfigAgent.Observation;

namespace ConfigAgent.Platforms.Captured;

/// <summary>
/// A platform's own observer reading a capture instead of a live host: the same parsing code as a
/// live run, with only the files the capture knows about kept in the facts.
/// </summary>
internal sealed class CapturedObserver(IHostObserver inner, CapturedFileSystem files, string directory) : IHostObserver
{
    public string Source { get; } = $"captured in {directory}";

    public HostFacts ObserveHost() => Known(inner.ObserveHost());

    public HostFacts ObserveDetails(HostFacts host, ObservationScope scope)
    {
        if (scope.Everything)
        {
            // Everything a capture can tell includes every file the operator listed.
            var wider = new ObservationScope { Everything = true };
            foreach (var path in scope.Files.Concat(files.Listed))
            {
                wider.AddFile(path);
            }

            foreach (var setting in scope.Settings)
            {
                wider.AddSetting(setting);
            }

            scope = wider;
        }

        return Known(inner.ObserveDetails(host, scope));
    }

    // A capture's time is not known (the files may have been copied since): the facts carry none.
    private HostFacts Known(HostFacts facts) => facts with
    {
        CollectedAt = null,
        Files = facts.Files.Where(f => files.Knows(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
    };
}
