using ConfigAgent.Diagnostics;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Documents;
using ConfigAgent.Loading;

namespace ConfigAgent.Agent.Sources;

/// <summary>
/// Desired-state files and directories on the host, read afresh for every run. Files whose text
/// has not changed since the last valid load are not parsed again: at a 2 s interval with 1,000
/// VIPs, parsing and validating the same YAML was most of what a no-op run allocated
/// (bench/agent-memory.sh).
/// </summary>
/// <param name="reader">Loads and validates the documents.</param>
public sealed class FileDesiredStateSource(IReadOnlyList<string> paths, LastGoodStore lastGood, DesiredStateReader reader) : IDesiredStateSource
{
    private DocumentSet? _inForce;
    private IReadOnlyList<SourceText>? _inForceTexts;

    public DesiredStateSnapshot Current(RunTrigger trigger)
    {
        var diagnostics = new DiagnosticBag();
        var texts = DocumentFiles.Read(paths, diagnostics);
        if (!diagnostics.HasErrors && _inForce is not null && _inForceTexts is not null && texts.SequenceEqual(_inForceTexts))
        {
            return new DesiredStateSnapshot(_inForce, null, true, []);
        }

        var newest = reader.Read(texts, diagnostics);
        if (!diagnostics.HasErrors)
        {
            if (_inForce?.Revision != newest.Revision)
            {
                lastGood.Save(texts, commit: null);
            }

            (_inForce, _inForceTexts) = (newest, texts);
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
        var documents = reader.Read(saved.Texts, diagnostics);
        return diagnostics.HasErrors ? null : documents;
    }
}
