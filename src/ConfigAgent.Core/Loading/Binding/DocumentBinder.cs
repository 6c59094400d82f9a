using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading.Yaml;

namespace ConfigAgent.Loading.Binding;

/// <summary>
/// Turns a YAML document into a typed <see cref="DesiredStateDocument"/>. Types, formats and
/// per-entry rules are checked here, where the node positions are; rules that relate entries to
/// each other (duplicates, conflicts) are the validator's.
/// </summary>
public sealed class DocumentBinder
{
    internal static readonly string[] Keys =
        ["version", "name", "description", "hosts", "loopback_vips", "interface_vips", "arp", "sysctls", "linux", "aix", "windows"];

    /// <summary>Returns the document, or null when it is not a v1 desired-state document at all.</summary>
    public DesiredStateDocument? Bind(SourceDocument document, DiagnosticBag diagnostics)
    {
        var reader = new NodeReader(diagnostics);
        if (document.Root is null)
        {
            diagnostics.Warning(document.Span, "empty document: nothing to apply");
            return null;
        }

        var root = reader.Mapping(document.Root, "the document", Keys);
        if (root is null)
        {
            return null;
        }

        if (!ReadVersion(root, reader))
        {
            return null;
        }

        var name = root["name"] is { } nameNode ? reader.String(nameNode, "name") : null;
        var vips = new VipBinder(reader);
        var settings = new SettingsBinder(reader);
        var platforms = new PlatformOptionsBinder(reader);
        return new DesiredStateDocument
        {
            Span = root.Span,
            Name = name ?? $"{document.File}#{document.Index + 1}",
            Description = root["description"] is { } description ? reader.String(description, "description", multiline: true) : null,
            Hosts = root["hosts"] is { } hosts ? new HostSelectorBinder(reader).Bind(hosts) : HostSelector.All(root.Span),
            LoopbackVips = root["loopback_vips"] is { } loopback ? vips.BindLoopback(loopback) : [],
            InterfaceVips = root["interface_vips"] is { } interfaceVips ? vips.BindInterface(interfaceVips) : [],
            Arp = root["arp"] is { } arp ? settings.BindArp(arp) : null,
            Sysctls = root["sysctls"] is { } sysctls ? settings.BindSysctls(sysctls) : [],
            Linux = root["linux"] is { } linux ? platforms.BindLinux(linux) : null,
            Aix = root["aix"] is { } aix ? platforms.BindAix(aix) : null,
            Windows = root["windows"] is { } windows ? platforms.BindWindows(windows) : null,
        };
    }

    private static bool ReadVersion(SourceMapping root, NodeReader reader)
    {
        if (root["version"] is not { } versionNode)
        {
            reader.Diagnostics.Error(root.Span, $"missing key 'version' (this is version {DesiredStateDocument.CurrentVersion} of the format: write 'version: {DesiredStateDocument.CurrentVersion}')");
            return false;
        }

        var version = reader.Integer(versionNode, "version", 1, int.MaxValue);
        if (version is null)
        {
            return false;
        }

        if (version != DesiredStateDocument.CurrentVersion)
        {
            reader.Error(versionNode, $"version {version} is not supported by this ConfigAgent (it reads version {DesiredStateDocument.CurrentVersion})");
            return false;
        }

        return true;
    }
}
