using ConfigAgent.IntegrationTests.Persistence;
namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// One `configagent render`: the examples as a reviewer renders them, offline against the
/// recorded facts of a host of examples/, or a hostile document (<see cref="HostileDocument"/>)
/// for each persistence style. <see cref="Produces"/> lists artefacts the render must write, so
/// that theory data can pick the cases for a consumer without rendering; names are theory data.
/// </summary>
internal sealed record RenderCase(string Name, IReadOnlyList<string> Produces)
{
    private const string Web01 = "examples/gitops/facts/web-01.json";
    private const string Aix = "examples/facts/aix.json";

    private static readonly string[] Ifcfg = [ArtefactPaths.NetworkScripts + "/ifcfg-lo:0"];
    private static readonly string[] Unit = [ArtefactPaths.Unit, ArtefactPaths.UnitLink, ArtefactPaths.AddressBatch];
    private static readonly string[] Rc2 = [ArtefactPaths.Rc2Script, ArtefactPaths.Rc2Link];

    public static IReadOnlyList<RenderCase> All { get; } =
    [
        Example("examples/dsr-realserver.yaml", Web01, null, [ArtefactPaths.SysctlConf, .. Ifcfg]),
        Example("examples/dsr-realserver.yaml", Aix, null, Rc2),
        Example("examples/dsr-ipv6.yaml", Web01, "web6-01", [ArtefactPaths.SysctlDropIn, .. Unit]),
        Example("examples/ha-vip.yaml", Web01, "app-active-01", Unit),
        Example("examples/gitops/desired-state", Web01, null, [ArtefactPaths.SysctlConf, .. Ifcfg]),
        Example("examples/gitops/desired-state", "examples/gitops/facts/web-canary-01.json", null, [ArtefactPaths.SysctlConf, .. Ifcfg]),
        Example("examples/gitops/desired-state", "examples/gitops/facts/lb-01.json", null, [ArtefactPaths.SysctlDropIn]),
        Example("examples/gitops/desired-state", "examples/gitops/facts/web-aix-01.json", null, Rc2),
        new("hostile networkmanager+sysctl.d", [ArtefactPaths.Keyfile, ArtefactPaths.SysctlDropIn, .. Unit]) { Hostile = "networkmanager+sysctl.d" },
        new("hostile systemd+sysctl.conf", [ArtefactPaths.SysctlConf, .. Unit]) { Hostile = "systemd+sysctl.conf" },
        new("hostile network-scripts+sysctl.conf", [ArtefactPaths.SysctlConf, .. Ifcfg]) { Hostile = "network-scripts+sysctl.conf" },
        new("hostile AIX rc2", Rc2) { AixStyle = "rc2", Facts = Aix },
        new("hostile AIX rc.net", [ArtefactPaths.RcNet]) { AixStyle = "rc.net", Facts = Aix },
    ];

    /// <summary>Desired-state files or directories, relative to the repository root.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The recorded facts to render against, relative to the repository root; null renders live in a <see cref="ConsumerHost"/>.</summary>
    public string? Facts { get; init; }

    /// <summary>The hostname to render as (--host), for documents that select their hosts.</summary>
    public string? Host { get; init; }

    /// <summary>The Linux persistence style of the hostile document ("networkmanager+sysctl.d").</summary>
    public string? Hostile { get; init; }

    /// <summary>The AIX persistence style of the hostile document (rc2, rc.net).</summary>
    public string? AixStyle { get; init; }

    public static RenderCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The names of the cases that render an artefact <paramref name="consumes"/> selects (by host path), as theory data.</summary>
    public static TheoryData<string> Producing(Func<string, bool> consumes) =>
        [.. All.Where(c => c.Produces.Any(consumes)).Select(c => c.Name)];

    public override string ToString() => Name;

    private static RenderCase Example(string files, string facts, string? host, IReadOnlyList<string> produces) =>
        new($"{files} on {host ?? Path.GetFileNameWithoutExtension(facts)}", produces) { Files = [files], Facts = facts, Host = host };
}
