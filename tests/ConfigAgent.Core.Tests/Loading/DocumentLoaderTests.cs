using ConfigAgent.Diagnostics;
using ConfigAgent.Documents;
using ConfigAgent.Loading;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Loading;

/// <summary>Stage 1: files to typed documents and their revision; how documents relate is left to validation.</summary>
public sealed class DocumentLoaderTests
{
    private static (DocumentSet Documents, DiagnosticBag Diagnostics) Load(params SourceText[] files)
    {
        var diagnostics = new DiagnosticBag();
        return (new DocumentLoader().Load(files, diagnostics), diagnostics);
    }

    [Fact]
    public void Loading_reports_the_entries_and_leaves_their_conflicts_to_validation()
    {
        var (documents, diagnostics) = Load(new SourceText("a.yaml", "version: 1\nloopback_vips: [192.0.2.10]\ninterface_vips: [{address: 192.0.2.10/24, interface: eth0}]\n"));

        Assert.Empty(diagnostics.Items);
        Assert.Single(documents.Documents);
    }

    [Fact]
    public void The_revision_is_the_files_names_and_text_not_their_directory()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "dsr-realserver.yaml"));

        var here = Load(new SourceText("/etc/configagent/desired/dsr-realserver.yaml", text)).Documents;
        var there = Load(new SourceText("deadbeef:hosts/dsr-realserver.yaml", text)).Documents;

        // The revision `configagent validate examples/dsr-realserver.yaml` has always printed.
        Assert.Equal("49589528aebc", here.ShortRevision);
        Assert.Equal(here.Revision, there.Revision);
        Assert.StartsWith("xxh128:", here.Revision, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_text_or_file_name_is_another_revision()
    {
        var original = Load(new SourceText("web.yaml", "version: 1\nloopback_vips: []\n")).Documents.Revision;

        Assert.NotEqual(original, Load(new SourceText("web.yaml", "version: 1\nloopback_vips: [] \n")).Documents.Revision);
        Assert.NotEqual(original, Load(new SourceText("db.yaml", "version: 1\nloopback_vips: []\n")).Documents.Revision);
    }

    [Fact]
    public void The_order_the_files_come_in_does_not_change_the_revision()
    {
        SourceText a = new("a.yaml", "version: 1\nname: a\nloopback_vips: []\n"), b = new("b.yaml", "version: 1\nname: b\nloopback_vips: []\n");

        Assert.Equal(Load(a, b).Documents.Revision, Load(b, a).Documents.Revision);
    }
}
