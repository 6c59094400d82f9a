using ConfigAgent.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConfigAgent.Loading.Yaml;

/// <summary>
/// Reads YAML text into <see cref="SourceNode"/> trees with a position on every node, using
/// YamlDotNet's event parser (no reflection, no object mapping: the fast path and the one that
/// keeps every position). Problems become diagnostics; no exception escapes for bad input.
/// </summary>
public sealed class YamlSourceReader(YamlReadLimits limits)
{
    public YamlSourceReader()
        : this(YamlReadLimits.Default)
    {
    }

    public IReadOnlyList<SourceDocument> Read(string file, string text, DiagnosticBag diagnostics)
    {
        var documents = new List<SourceDocument>();
        if (text.Length > limits.MaxFileBytes)
        {
            diagnostics.Error(new SourceSpan(file, 1, 1),
                $"the file is {text.Length:N0} characters long; the limit is {limits.MaxFileBytes:N0}");
            return documents;
        }

        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                var state = new DocumentState(file, diagnostics);
                var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, state, depth: 1);
                parser.Consume<DocumentEnd>();
                if (state.Failed)
                {
                    continue;
                }

                if (root is SourceScalar { IsNull: true })
                {
                    root = null;
                }

                documents.Add(new SourceDocument(file, documents.Count, root, Span(file, start.Start)));
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Error(Span(file, ex.Start), $"YAML syntax: {ex.Message}");
        }
        catch (LimitExceeded ex)
        {
            diagnostics.Error(ex.Span, ex.Message);
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(Span(file, parser.LastGood),
                "YAML syntax: the parser cannot go on after this point: check the brackets, quotes and indentation that follow");
        }

        return documents;
    }

    private SourceNode ReadNode(IParser parser, DocumentState state, int depth)
    {
        var current = parser.Current ?? throw new InvalidOperationException("The YAML parser ended inside a document.");
        var span = Span(state.File, current.Start);
        if (depth > limits.MaxDepth)
        {
            throw new LimitExceeded(span, $"the document nests deeper than {limits.MaxDepth} levels");
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!state.Anchors.TryGetValue(alias.Value.Value, out var target))
            {
                state.Diagnostics.Error(span, $"unknown alias *{alias.Value.Value}");
                state.Failed = true;
                return new SourceScalar(span, "", isQuoted: false);
            }

            state.Count(target.ExpandedSize, span, limits);
            return target;
        }

        SourceNode node;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (scalar.Value.Length > limits.MaxScalarLength)
            {
                throw new LimitExceeded(span, $"a value of {scalar.Value.Length:N0} characters exceeds the limit of {limits.MaxScalarLength:N0}");
            }

            CheckTag(scalar, span, state);
            var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded
                || IsStringTag(scalar.Tag);
            node = new SourceScalar(span, scalar.Value, quoted);
            state.Count(1, span, limits);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            CheckTag(sequenceStart, span, state);
            var sequence = new SourceSequence(span);
            state.Count(1, span, limits);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                sequence.Add(ReadNode(parser, state, depth + 1));
            }

            node = sequence;
        }
        else if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            CheckTag(mappingStart, span, state);
            var mapping = new SourceMapping(span);
            state.Count(1, span, limits);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, state, depth + 1);
                var value = ReadNode(parser, state, depth + 1);
                AddEntry(mapping, keyNode, value, state);
            }

            node = mapping;
        }
        else
        {
            throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }

        // Anchors are registered once their node is complete, so an alias can never point into an
        // unfinished collection: recursive structures are reported as unknown aliases.
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            state.Anchors[anchored.Anchor.Value] = node;
        }

        return node;
    }

    private static void AddEntry(SourceMapping mapping, SourceNode keyNode, SourceNode value, DocumentState state)
    {
        if (keyNode is not SourceScalar key)
        {
            state.Diagnostics.Error(keyNode.Span, $"a mapping key must be a scalar, found {keyNode.KindName}");
            return;
        }

        if (key.Value == "<<")
        {
            state.Diagnostics.Error(key.Span, "merge keys (<<) are not supported: write the entries out, or use an alias for a whole value");
            return;
        }

        foreach (var existing in mapping.Entries)
        {
            if (existing.Key.Value == key.Value)
            {
                state.Diagnostics.Error(key.Span, $"duplicate key '{key.Value}' (first given at line {existing.Key.Span.Line})");
                return;
            }
        }

        mapping.Add(key, value);
    }

    private static void CheckTag(NodeEvent node, SourceSpan span, DocumentState state)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !IsStringTag(node.Tag))
        {
            state.Diagnostics.Error(span, $"YAML tags are not used in desired-state documents (found {node.Tag.Value})");
        }
    }

    private static bool IsStringTag(TagName tag) => !tag.IsEmpty && !tag.IsNonSpecific && tag.Value == "tag:yaml.org,2002:str";

    private static SourceSpan Span(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private sealed class DocumentState(string file, DiagnosticBag diagnostics)
    {
        private long _expandedNodes;

        public string File { get; } = file;

        public DiagnosticBag Diagnostics { get; } = diagnostics;

        public Dictionary<string, SourceNode> Anchors { get; } = new(StringComparer.Ordinal);

        public bool Failed { get; set; }

        public void Count(long nodes, SourceSpan span, YamlReadLimits limits)
        {
            _expandedNodes += nodes;
            if (_expandedNodes > limits.MaxExpandedNodes)
            {
                throw new LimitExceeded(span,
                    $"the document expands to more than {limits.MaxExpandedNodes:N0} nodes (aliases included): refusing it as an alias bomb or an absurd size");
            }
        }
    }

    private sealed class LimitExceeded(SourceSpan span, string message) : Exception(message)
    {
        public SourceSpan Span { get; } = span;
    }
}
