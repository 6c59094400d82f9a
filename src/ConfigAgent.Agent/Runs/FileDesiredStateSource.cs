using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;

namespace ConfigAgent.Agent.Runs;

/// <summary>Desired-state files and directories on the host, read afresh for every run.</summary>
public sealed class FileDesiredStateSource(IReadOnlyList<string> paths, LastGoodStore lastGood) : IDesiredStateSource
{
    private readonly DesiredStateLoader _loader = new();
    private DocumentSet? _inForce;

    public DesiredStateSnapshot Current(RunTrigger trigger)
    {
        var diagnostics = new DiagnosticBag();
        var texts = DocumentFiles.Read(paths, diagnostics);
        var newest = _loader.Load(texts, diagnostics);
        if (!diagnostics.HasErrors)
        {
            if (_inForce?.Revision != newest.Revision)
            {
                lastGood.Save(texts, commit: null);
            }

            _inForce = newest;
            return new DesiredStateSnapshot(newest, null, true, []);
        }

        return new DesiredStateSnapshot(_inForce ??= Recover(), null, false, [.. diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString())]);
    }

    private DocumentSet? Recover()
    {
        if (lastGood.Load() is not { } saved)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var documents = _loader.Load(saved.Texts, diagnostics);
        return diagnostics.HasErrors ? null : documents;
    }
}
