using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Sources;
using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Agent.Git;

/// <summary>
/// The desired state pulled from a git branch (ansible-pull style, issue 7). Every scheduled run
/// fetches the branch, reads the documents of the new head from the object store and validates
/// them completely; only then does the host switch to it. An invalid head, a head that does not
/// descend from the commit in force (a force-push) and an unreachable remote are reported while
/// the last good commit stays in force (docs/git-pull.md).
/// </summary>
public sealed class GitDesiredStateSource : IDesiredStateSource
{
    private readonly GitSource _source;
    private readonly GitRepository _repository;
    private readonly LastGoodStore _lastGood;
    private readonly TimeProvider _clock;
    private readonly DesiredStateReader _reader;
    private readonly bool _allowMassRemoval;
    private bool _recovered;
    private Revision? _inForce;
    private Refusal? _refused;
    private GitPull _pull;

    /// <param name="reader">Loads and validates the documents of a commit.</param>
    /// <param name="allowMassRemoval">Accept a commit that deletes most of the documents in force (the agent's allow_mass_removal).</param>
    internal GitDesiredStateSource(GitSource source, GitRepository repository, LastGoodStore lastGood, DesiredStateReader reader, TimeProvider clock, bool allowMassRemoval = false)
    {
        _reader = reader;
        _allowMassRemoval = allowMassRemoval;
        _source = source;
        _repository = repository;
        _lastGood = lastGood;
        _clock = clock;
        _pull = new GitPull(source.Branch, source.Path);
    }

    public DesiredStateSnapshot Current(RunTrigger trigger)
    {
        if (!_recovered)
        {
            _inForce = Recover();
            _recovered = true;
        }

        // A kernel event wants its repair within a second: it converges to what is in force and
        // leaves the network to the schedule.
        if (trigger != RunTrigger.AddressEvent)
        {
            Pull();
        }

        return new DesiredStateSnapshot(_inForce?.Documents, _inForce?.Commit, _refused is null, _refused?.Problems ?? [])
        {
            Git = _pull with { CommitTime = _inForce?.CommitTime },
        };
    }

    private void Pull()
    {
        try
        {
            _repository.Create();
            var head = _repository.Fetch(_source.Url, _source.Branch);
            _pull = _pull with { FetchedCommit = head, LastFetched = _clock.GetUtcNow(), Error = null };
            if (head != _inForce?.Commit && head != _refused?.Commit)
            {
                Consider(head);
            }
            else if (head == _inForce?.Commit)
            {
                _refused = null;
            }
        }
        catch (GitException ex)
        {
            _pull = _pull with { Error = Redacted(ex.Message) };
        }
    }

    private void Consider(string head)
    {
        if (_inForce?.Commit is { } current && !_repository.Descends(head, current))
        {
            _refused = new Refusal(head, [
                $"{Short(head)}: the branch {_source.Branch} moved to a commit that does not descend from {Short(current)}, the commit in force " +
                "(a force-push or a rewritten history); it is not applied (docs/git-pull.md: accepting a rewritten history)"]);
            return;
        }

        var diagnostics = new DiagnosticBag();
        var texts = Read(head, diagnostics);
        var documents = _reader.Read(texts, diagnostics);
        if (diagnostics.HasErrors)
        {
            _refused = new Refusal(head, [.. diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString())]);
            return;
        }

        if (!_allowMassRemoval && _inForce is { } inForce && MassDeletion(head, inForce, documents) is { } deletion)
        {
            _refused = new Refusal(head, [deletion]);
            return;
        }

        _repository.MarkApplied(head);
        _lastGood.Save(texts, head);
        _inForce = new Revision(documents, head, _repository.CommitTime(head));
        _refused = null;
    }

    // A commit that deletes most of the documents in force is what a bad merge or a half-pushed
    // branch looks like: it is refused like a truncated file until the operator says otherwise.
    private string? MassDeletion(string head, Revision inForce, DocumentSet newest)
    {
        var kept = newest.Documents.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var deleted = inForce.Documents.Documents.Select(d => d.Name).Where(name => !kept.Contains(name)).ToList();
        if (deleted.Count <= 1 || deleted.Count * 2 <= inForce.Documents.Documents.Count)
        {
            return null;
        }

        return $"{Short(head)}: the commit deletes {deleted.Count} of the {inForce.Documents.Documents.Count} documents in force " +
            $"({string.Join(", ", deleted)}); it is refused like a truncated file and {Short(inForce.Commit ?? "the last good revision")} stays in force. " +
            "If the deletion is intended, set allow_mass_removal: true in the agent configuration for the run that takes it";
    }

    // The same rules as a directory on disk (DocumentFiles): YAML files, hidden entries aside, in
    // name order; a file named by the path itself is read whatever its name. Each is named
    // "<commit>:<path>", git's own notation, so that `git show` opens what an error points at.
    private List<SourceText> Read(string commit, DiagnosticBag diagnostics)
    {
        var prefix = _source.Path is "." or "" ? "" : _source.Path.TrimEnd('/') + "/";
        var origin = $"{Short(commit)}:{_source.Path}";
        var texts = new List<SourceText>();
        bool Named(GitTreeEntry entry) => entry.Path + "/" == prefix;
        bool Hidden(GitTreeEntry entry) => entry.Path[prefix.Length..].Split('/').Any(part => part.StartsWith('.'));
        bool Yaml(GitTreeEntry entry) => entry.Path.EndsWith(".yaml", StringComparison.Ordinal) || entry.Path.EndsWith(".yml", StringComparison.Ordinal);
        var found = _repository.Files(commit)
            .Where(e => Named(e) || (e.Path.StartsWith(prefix, StringComparison.Ordinal) && !Hidden(e) && Yaml(e)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        if (found.Count == 0)
        {
            diagnostics.Error(SourceSpan.None(origin), "the commit holds no .yaml or .yml file there");
        }

        foreach (var entry in found)
        {
            var name = $"{Short(commit)}:{entry.Path}";
            if (!entry.IsRegularFile)
            {
                diagnostics.Error(SourceSpan.None(name), "not a regular file (a link or a submodule): the agent reads only files from git");
            }
            else if (entry.Size > YamlReadLimits.Default.MaxFileBytes)
            {
                diagnostics.Error(SourceSpan.None(name), $"the file is {entry.Size:N0} bytes long; the limit is {YamlReadLimits.Default.MaxFileBytes:N0}");
            }
            else
            {
                texts.Add(new SourceText(name, _repository.Blob(entry.Id)));
            }
        }

        return texts;
    }

    private Revision? Recover()
    {
        if (_lastGood.Load() is not { } saved)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var documents = _reader.Read(saved.Texts, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        DateTimeOffset? time = null;
        if (saved.Commit is { } commit)
        {
            try
            {
                time = _repository.CommitTime(commit);
            }
            catch (GitException)
            {
                // The time is for the metrics only; the commit stays in force without it.
            }
        }

        return new Revision(documents, saved.Commit, time);
    }

    // https://user:token@host/repo.git: git may echo the URL, and the report must not.
    private string Redacted(string message) =>
        Uri.TryCreate(_source.Url, UriKind.Absolute, out var url) && url.UserInfo.Length > 0
            ? message.Replace(_source.Url, _source.Url.Replace(url.UserInfo + "@", "***@", StringComparison.Ordinal), StringComparison.Ordinal)
            : message;

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

    private sealed record Revision(DocumentSet Documents, string? Commit, DateTimeOffset? CommitTime);

    private sealed record Refusal(string Commit, IReadOnlyList<string> Problems);
}
