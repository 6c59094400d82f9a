using ConfigAgent.Documents;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Loading.Binding;

/// <summary>Binds the per-platform sections: <c>linux</c>, <c>aix</c> and <c>windows</c>.</summary>
internal sealed class PlatformOptionsBinder(NodeReader reader)
{
    private static readonly string[] LinuxKeys = ["persistence"];
    private static readonly string[] LinuxPersistenceKeys = ["addresses", "sysctls"];
    private static readonly string[] AixKeys = ["persistence"];
    private static readonly string[] AixPersistenceKeys = ["style", "script", "link"];
    private static readonly string[] WindowsKeys = ["loopback_adapter", "create_loopback", "nics", "metric"];


    public LinuxOptions? BindLinux(SourceNode node)
    {
        var linux = reader.Mapping(node, "linux", LinuxKeys);
        if (linux?["persistence"] is not { } persistenceNode)
        {
            return linux is null ? null : new LinuxOptions(null, null, node.Span);
        }

        var persistence = reader.Mapping(persistenceNode, "linux.persistence", LinuxPersistenceKeys);
        return new LinuxOptions(
            persistence?["addresses"] is { } addresses ? reader.Choice(addresses, "linux.persistence.addresses", OptionWords.AddressPersistence) : null,
            persistence?["sysctls"] is { } sysctls ? reader.Choice(sysctls, "linux.persistence.sysctls", OptionWords.SysctlPersistence) : null,
            node.Span);
    }

    public AixOptions? BindAix(SourceNode node)
    {
        var aix = reader.Mapping(node, "aix", AixKeys);
        if (aix?["persistence"] is not { } persistenceNode)
        {
            return aix is null ? null : new AixOptions(null, null, null, node.Span);
        }

        var persistence = reader.Mapping(persistenceNode, "aix.persistence", AixPersistenceKeys);
        return new AixOptions(
            persistence?["style"] is { } style ? reader.Choice(style, "aix.persistence.style", OptionWords.AixPersistence) : null,
            persistence?["script"] is { } script ? AbsolutePath(script, "aix.persistence.script") : null,
            persistence?["link"] is { } link ? RcLink(link) : null,
            node.Span);
    }

    public WindowsOptions? BindWindows(SourceNode node)
    {
        var windows = reader.Mapping(node, "windows", WindowsKeys);
        if (windows is null)
        {
            return null;
        }

        var nics = new List<string>();
        if (windows["nics"] is { } nicsNode)
        {
            foreach (var item in reader.Sequence(nicsNode, "windows.nics")?.Items ?? [])
            {
                if (AdapterName(item, "a NIC of windows.nics") is { } nic)
                {
                    nics.Add(nic);
                }
            }
        }

        return new WindowsOptions(
            windows["loopback_adapter"] is { } adapter ? AdapterName(adapter, "windows.loopback_adapter") : null,
            windows["create_loopback"] is { } create ? reader.Boolean(create, "windows.create_loopback") : null,
            nics,
            windows["metric"] is { } metric ? reader.Integer(metric, "windows.metric", 1, 9999) : null,
            node.Span);
    }

    private string? AbsolutePath(SourceNode node, string what)
    {
        var path = reader.String(node, what);
        if (path is null)
        {
            return null;
        }

        if (!path.StartsWith('/') || path.EndsWith('/') || path.Split('/').Any(part => part is "." or "..")
            || !path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-'))
        {
            reader.Error(node, $"{what} must be the absolute path of a file (letters, digits, '/', '.', '_' and '-', without '..'), found '{path}'");
            return null;
        }

        return path;
    }

    private string? RcLink(SourceNode node)
    {
        var link = reader.String(node, "aix.persistence.link");
        if (link is null)
        {
            return null;
        }

        // rc2.d runs S<NN><name> in order: S, two digits for the order, then a name (the seed: S09dsr_start).
        var valid = link.Length is >= 4 and <= 64 && link[0] == 'S' && char.IsAsciiDigit(link[1]) && char.IsAsciiDigit(link[2])
            && link[3..].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
        if (!valid)
        {
            reader.Error(node, $"aix.persistence.link must be S, a two-digit run order and a name (such as S09dsr_start), found '{link}'");
            return null;
        }

        return link;
    }

    private string? AdapterName(SourceNode node, string what)
    {
        var name = reader.String(node, what);
        if (name is null)
        {
            return null;
        }

        // Windows connection names may hold spaces and any script ("이더넷"), but never a quote:
        // netsh prints them between quotes.
        if (name.Length is 0 or > 256 || name.Contains('"', StringComparison.Ordinal) || name.Trim() != name)
        {
            reader.Error(node, $"{what}: '{name}' is not a usable Windows connection name (1 to 256 characters, no '\"', no leading or trailing space)");
            return null;
        }

        return name;
    }
}
