using ConfigAgent.Documents;
using ConfigAgent.Loading.Yaml;
using ConfigAgent.Selection;

namespace ConfigAgent.Loading.Binding;

/// <summary>Binds <c>hosts</c>: a list of hostname patterns, or a mapping of names, labels and networks.</summary>
internal sealed class HostSelectorBinder(NodeReader reader)
{
    private static readonly string[] Keys = ["names", "labels", "networks"];

    public HostSelector Bind(SourceNode node)
    {
        if (node is SourceSequence)
        {
            return new HostSelector(Names(node), new Dictionary<string, string>(), [], node.Span);
        }

        var mapping = reader.Mapping(node, "hosts", Keys);
        if (mapping is null)
        {
            return HostSelector.All(node.Span);
        }

        var names = mapping["names"] is { } namesNode ? Names(namesNode) : [];
        var labels = mapping["labels"] is { } labelsNode ? Labels(labelsNode) : new Dictionary<string, string>();
        var networks = mapping["networks"] is { } networksNode ? Networks(networksNode) : [];
        return new HostSelector(names, labels, networks, node.Span);
    }

    private List<string> Names(SourceNode node)
    {
        var result = new List<string>();
        foreach (var item in reader.Sequence(node, "hosts.names")?.Items ?? [])
        {
            var pattern = reader.String(item, "a hostname pattern");
            if (pattern is null)
            {
                continue;
            }

            if (HostnamePattern.Problem(pattern) is { } problem)
            {
                reader.Error(item, problem);
                continue;
            }

            result.Add(pattern);
        }

        return result;
    }

    private Dictionary<string, string> Labels(SourceNode node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not SourceMapping mapping)
        {
            reader.Error(node, $"hosts.labels: expected a mapping of label: value, found {NodeReader.Describe(node)}");
            return result;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            if (HostLabels.KeyProblem(key.Value) is { } problem)
            {
                reader.Error(key, problem);
                continue;
            }

            if (reader.String(value, $"the value of label '{key.Value}'") is { } text)
            {
                result[key.Value] = text;
            }
        }

        return result;
    }

    private List<InterfaceAddress> Networks(SourceNode node)
    {
        var result = new List<InterfaceAddress>();
        foreach (var item in reader.Sequence(node, "hosts.networks")?.Items ?? [])
        {
            var text = reader.String(item, "a network");
            if (text is null)
            {
                continue;
            }

            if (!InterfaceAddress.TryParse(text, out var network, out var error))
            {
                reader.Error(item, error);
            }
            else if (network.HasHostBits)
            {
                reader.Error(item, $"network {network} has host bits set: did you mean {network.Network}?");
            }
            else
            {
                result.Add(network);
            }
        }

        return result;
    }
}
