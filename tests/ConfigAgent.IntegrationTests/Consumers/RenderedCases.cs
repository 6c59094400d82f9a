using ConfigAgent.IntegrationTests.Persistence;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.Testing;

[assembly: AssemblyFixture(typeof(ConfigAgent.IntegrationTests.Consumers.RenderedCases))]

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// Every <see cref="RenderCase"/> rendered once for the whole assembly, on first use: the
/// consumers of one artefact kind each read the same render. The directory goes with the fixture.
/// </summary>
public sealed class RenderedCases : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("configagent-consumers-");
    private readonly Dictionary<string, RenderedArtefacts> _rendered = [];
    private readonly Lock _lock = new();

    internal RenderedArtefacts Get(string name)
    {
        LabGuard.RequireNamespaces();
        lock (_lock)
        {
            if (!_rendered.TryGetValue(name, out var rendered))
            {
                rendered = Render(RenderCase.Named(name), Path.Join(_directory.FullName, $"case-{_rendered.Count}"));
                _rendered[name] = rendered;
            }

            return rendered;
        }
    }

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover under /tmp is harmless; a test must not fail while cleaning up.
        }
    }

    private static RenderedArtefacts Render(RenderCase @case, string directory)
    {
        var output = Path.Join(directory, "out");
        List<string> arguments = ["render", .. @case.Files.Select(f => Path.Join(RepositoryPaths.Root, f))];
        if (@case.Hostile is not null || @case.AixStyle is not null)
        {
            var document = Path.Join(directory, "desired.yaml");
            Directory.CreateDirectory(directory);
            File.WriteAllText(document, @case.Hostile is { } style ? HostileDocument.Yaml(style) : HostileDocument.AixYaml(@case.AixStyle!));
            arguments.Add(document);
        }

        if (@case.Facts is { } facts)
        {
            arguments.AddRange(["--facts", Path.Join(RepositoryPaths.Root, facts)]);
        }
        else
        {
            // Live: the host's NICs from the namespace, its files from a --root of its own.
            var root = Path.Join(directory, "root");
            Directory.CreateDirectory(Path.Join(root, "etc"));
            File.WriteAllText(Path.Join(root, ArtefactPaths.SysctlConf), HostileDocument.ForeignSysctlConf);
            arguments.AddRange(["--root", root]);
        }

        if (@case.Host is { } hostname)
        {
            arguments.AddRange(["--host", hostname]);
        }

        arguments.AddRange(["--out", output]);
        using (var host = ConsumerHost.PowerOn())
        {
            CliInNamespace.Run(host.Namespace, arguments).AssertExitCode(0);
        }

        var written = Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories)
            .Where(path => !Directory.Exists(path) || new FileInfo(path).LinkTarget is not null)
            .Select(path => "/" + Path.GetRelativePath(output, path))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.All(@case.Produces, path => Assert.Contains(path, written));
        return new RenderedArtefacts(@case, output, written);
    }
}
