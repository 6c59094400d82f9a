using ConfigAgent.IntegrationTests.Lab;

namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// One host and its --root for a persistence style: apply, plan and render run inside the host's
/// namespace against a throwaway root; <see cref="Reboot"/> powers on a second host and restores
/// it from that root alone. Everything it made is removed on dispose, whatever happened.
/// </summary>
internal sealed class RebootLab : IDisposable
{
    /// <summary>
    /// Lines an administrator left in /etc/sysctl.conf: comments only (sysctl -p replays them),
    /// with the odd spacing, tabs and non-ASCII text that a careless rewrite would lose.
    /// </summary>
    public const string ForeignSysctlConf =
        "# /etc/sysctl.conf of web-01: kept by hand, ConfigAgent must not touch these lines\n" +
        "#\tkernel.sysrq = 1   \n" +
        "\n" +
        "; sysctl.conf(5) allows ';' comments too\n" +
        "#   Grüße aus dem Rechenzentrum  \n";

    private readonly DirectoryInfo _directory;
    private readonly List<FreshHost> _hosts = [];
    private int _boots;

    public RebootLab(PersistenceStyle style)
    {
        LabGuard.RequireNamespaces();
        Style = style;
        _directory = Directory.CreateTempSubdirectory("configagent-reboot-");
        try
        {
            Root = Path.Join(_directory.FullName, "root");
            DesiredState = Path.Join(_directory.FullName, "desired.yaml");
            Directory.CreateDirectory(Path.Join(Root, "etc"));
            if (style.Sysctls == "sysctl.conf")
            {
                File.WriteAllText(Local(ArtefactPaths.SysctlConf), ForeignSysctlConf);
            }

            Host = PowerOn();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public PersistenceStyle Style { get; }

    /// <summary>The --root: the host's / for every file the product reads or writes.</summary>
    public string Root { get; }

    public string DesiredState { get; }

    /// <summary>The host the product is applied to (namespace A).</summary>
    public FreshHost Host { get; }

    public string Local(string hostPath) => Path.Join(Root, hostPath);

    /// <summary>Writes the lab's desired state without <paramref name="without"/> and applies it; the run must succeed.</summary>
    public CliInNamespaceResult Apply(params IReadOnlyList<string> without)
    {
        File.WriteAllText(DesiredState, RebootDocument.Yaml(Style, without));
        return CliInNamespace.Run(Host.Namespace, "apply", DesiredState, "--root", Root).AssertExitCode(0);
    }

    /// <summary>The lab's desired state planned on its host, as text; the run may fail (a blocked plan exits 1).</summary>
    public string PlanText()
    {
        File.WriteAllText(DesiredState, RebootDocument.Yaml(Style));
        var run = CliInNamespace.Run(Host.Namespace, "plan", DesiredState, "--root", Root);
        return run.Output + run.Error;
    }

    public PlanJson Plan(FreshHost host) =>
        PlanJson.From(CliInNamespace.Run(host.Namespace, "plan", DesiredState, "--root", Root, "--detailed-exitcode", "--format", "json"));

    public CliInNamespaceResult Render(string output)
    {
        File.WriteAllText(DesiredState, RebootDocument.Yaml(Style));
        return CliInNamespace.Run(Host.Namespace, "render", DesiredState, "--root", Root, "--out", output);
    }

    /// <summary>A scratch directory of the lab's, removed with it.</summary>
    public string Scratch(string name)
    {
        var path = Path.Join(_directory.FullName, "scratch", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>
    /// Powers on a fresh host and restores it from the artefacts under --root only, reading every
    /// line that holds one of <paramref name="omitted"/> as deleted (the negative controls).
    /// </summary>
    public FreshHost Reboot(params IReadOnlyList<string> omitted)
    {
        var host = PowerOn();

        // Otherwise a restore that did nothing would pass: the fresh kernel must lack all of it.
        Assert.Empty(host.Vips());
        Assert.All(RebootDocument.Sysctls, s => Assert.NotEqual(s.Value, host.Sysctl(s.Key)));

        BootReplay.Restore(host, new BootArtefacts(Root, Scratch($"boot-{++_boots}"), omitted), Style);
        return host;
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        try
        {
            _directory.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover under /tmp is harmless; a test must not fail while cleaning up.
        }
    }

    private FreshHost PowerOn()
    {
        var host = FreshHost.PowerOn();
        _hosts.Add(host);
        return host;
    }
}
