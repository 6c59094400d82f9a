using System.IO.Hashing;
using System.Text;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents.Binding;
using ConfigAgent.Documents.Yaml;
using ConfigAgent.Selection;
using ConfigAgent.Validation;

namespace ConfigAgent.Documents;

/// <summary>
/// The front of the data flow: YAML files → documents → validation → the desired state of a host.
/// All problems go to the diagnostic bag; the caller decides to stop when it has errors.
/// </summary>
public sealed class DesiredStateLoader(YamlReadLimits limits)
{
    private readonly YamlSourceReader _reader = new(limits);
    private readonly DocumentBinder _binder = new();
    private readonly DesiredStateComposer _composer = new();

    public DesiredStateLoader()
        : this(YamlReadLimits.Default)
    {
    }

    /// <summary>
    /// Why a file without a document is refused: an empty, comment-only or truncated file is far
    /// more often an accident (a disk that filled up while it was saved, a half-written commit)
    /// than a wish, and converging to it would remove everything ConfigAgent owns on the host.
    /// </summary>
    public const string EmptyFile =
        "the file holds no desired-state document (it is empty or only comments); it is refused, because applying it would remove " +
        "everything ConfigAgent owns on the host. A document that wants nothing there says so: 'version: 1', a 'name' and 'loopback_vips: []'";

    /// <summary>Reads and validates every document of every file, and the conflicts between them.</summary>
    public DocumentSet Load(IReadOnlyList<SourceText> files, DiagnosticBag diagnostics)
    {
        var revision = Task.Run(() => Revision(files));
        var documents = new List<DesiredStateDocument>();
        foreach (var file in files)
        {
            var errorsBefore = diagnostics.Items.Count(d => d.IsError);
            var sources = _reader.Read(file.Path, file.Text, diagnostics);
            foreach (var source in sources)
            {
                if (_binder.Bind(source, diagnostics) is { } document)
                {
                    documents.Add(document);
                }
            }

            if (sources.All(s => s.Root is null) && diagnostics.Items.Count(d => d.IsError) == errorsBefore)
            {
                diagnostics.Error(new SourceSpan(file.Path, 1, 1), EmptyFile);
            }
        }

        foreach (var document in documents)
        {
            _composer.CheckDocument(document, diagnostics);
            _composer.Merge([document], diagnostics);
        }

        // Without an inventory, documents whose selectors could meet on one host are checked
        // against each other; disjoint ones ("web-*" and "db-*") may reuse addresses.
        for (var i = 0; i < documents.Count; i++)
        {
            for (var j = i + 1; j < documents.Count; j++)
            {
                if (HostSelection.MayOverlap(documents[i].Hosts, documents[j].Hosts))
                {
                    _composer.CheckPair(documents[i], documents[j], diagnostics);
                    _composer.Merge([documents[i], documents[j]], diagnostics);
                }
            }
        }

        return new DocumentSet(documents, revision);
    }

    /// <summary>The documents that apply to <paramref name="host"/>, merged into its desired state.</summary>
    public DesiredState ForHost(DocumentSet set, HostIdentity host, DiagnosticBag diagnostics)
    {
        var selected = set.Documents.Where(d => HostSelection.Matches(d.Hosts, host)).ToList();
        for (var i = 0; i < selected.Count; i++)
        {
            for (var j = i + 1; j < selected.Count; j++)
            {
                _composer.CheckPair(selected[i], selected[j], diagnostics);
            }
        }

        var state = _composer.Merge(selected, diagnostics);
        FailoverRules.CheckHost(state, host.Hostname, diagnostics);
        return state;
    }

    private static string Revision(IReadOnlyList<SourceText> files)
    {
        // The content alone decides the revision, not where the checkout lives. XXH128, not a
        // cryptographic hash: the revision tells versions apart for reports and metrics, and
        // whoever can write the files already decides the host. SHA-256 would load OpenSSL into
        // every plan and apply. (The agent maps it all the same: Quartz's scheduler thread draws
        // its idle-wait jitter from the cryptographic random generator.)
        var hash = new XxHash128();
        foreach (var file in files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal).ThenBy(f => f.Text, StringComparer.Ordinal))
        {
            hash.Append(Encoding.UTF8.GetBytes(Path.GetFileName(file.Path)));
            hash.Append([0]);
            hash.Append(Encoding.UTF8.GetBytes(file.Text));
            hash.Append([0]);
        }

        return "xxh128:" + Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
