using System.IO.Hashing;
using System.Text;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading.Binding;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Loading;

/// <summary>
/// Stage 1 of the pipeline, loading: YAML files → position-carrying nodes (<see cref="YamlSourceReader"/>)
/// → typed documents (<see cref="DocumentBinder"/>), with the revision of the files. Every problem
/// of a single entry is reported here, where the nodes are; how entries and documents relate to
/// each other is validation's (stage 2), which this stage never calls.
/// </summary>
public sealed class DocumentLoader(YamlReadLimits limits)
{
    private readonly YamlSourceReader _reader = new(limits);
    private readonly DocumentBinder _binder = new();

    public DocumentLoader()
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

    /// <summary>Reads every document of every file; problems go to <paramref name="diagnostics"/>.</summary>
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

        return new DocumentSet(documents, revision);
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
