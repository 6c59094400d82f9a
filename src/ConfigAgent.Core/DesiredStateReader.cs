using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading;
using ConfigAgent.Loading.Yaml;
using ConfigAgent.Validation;

namespace ConfigAgent;

/// <summary>
/// The front of the pipeline as the CLI and the agent run it: load the files (stage 1,
/// <see cref="DocumentLoader"/>), then validate the documents (stage 2,
/// <see cref="DesiredStateValidator"/>). Composition, per host, is the planner's next step.
/// </summary>
public sealed class DesiredStateReader(YamlReadLimits limits)
{
    private readonly DocumentLoader _loader = new(limits);

    public DesiredStateReader()
        : this(YamlReadLimits.Default)
    {
    }

    /// <summary>
    /// Every document of <paramref name="files"/>, also when some are invalid (a caller may still
    /// show what was read); plan from it only when <paramref name="diagnostics"/> holds no error.
    /// </summary>
    public DocumentSet Read(IReadOnlyList<SourceText> files, DiagnosticBag diagnostics)
    {
        var documents = _loader.Load(files, diagnostics);
        DesiredStateValidator.Validate(documents, diagnostics);
        return documents;
    }
}
