using ConfigAgent.Composition;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Selection;
using ConfigAgent.Validation;

namespace ConfigAgent.Testing;

/// <summary>Loads desired-state YAML written inline in a test, the way the CLI loads files.</summary>
public static class DocumentText
{
    public const string File = "test.yaml";

    public static (DocumentSet Documents, DiagnosticBag Diagnostics) Load(string yaml, string file = File) =>
        Load([new SourceText(file, yaml)]);

    public static (DocumentSet Documents, DiagnosticBag Diagnostics) Load(IReadOnlyList<SourceText> files)
    {
        var diagnostics = new DiagnosticBag();
        var documents = new DesiredStateReader().Read(files, diagnostics);
        return (documents, diagnostics);
    }

    /// <summary>Every diagnostic as the CLI prints it, in file order.</summary>
    public static IReadOnlyList<string> Problems(string yaml) =>
        [.. Load(yaml).Diagnostics.Sorted().Select(d => d.ToString())];

    /// <summary>The single document of <paramref name="yaml"/>; fails the test when it has problems.</summary>
    public static DesiredStateDocument Single(string yaml)
    {
        var (documents, diagnostics) = Load(yaml);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The test document is invalid:\n" + string.Join('\n', diagnostics.Sorted()));
        }

        return documents.Documents.Single();
    }

    /// <summary>The desired state of <paramref name="yaml"/> composed for one host, validated as a plan validates it.</summary>
    public static DesiredState StateFor(string yaml, string hostname = "web-01")
    {
        var (documents, diagnostics) = Load(yaml);
        var state = DesiredStateComposer.Compose(documents, new HostIdentity(hostname, new Dictionary<string, string>(), []));
        DesiredStateValidator.ValidateHost(state, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The test document is invalid:\n" + string.Join('\n', diagnostics.Sorted()));
        }

        return state;
    }
}
