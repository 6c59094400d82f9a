using ConfigAgent.Documents;

namespace ConfigAgent.Platforms.Aix.Persistence;

/// <summary>Where AIX keeps what runs at boot.</summary>
internal static class AixPersistencePaths
{
    /// <summary>Run level 2's start scripts: S&lt;NN&gt;&lt;name&gt; run in order (the seed links its script here).</summary>
    public const string Rc2Directory = "/etc/rc.d/rc2.d";

    /// <summary>Run by cfgmgr while the network is configured; some sites add their ifconfig lines here.</summary>
    public const string RcNet = "/etc/rc.net";

    public static string Link(AixOptions options) => $"{Rc2Directory}/{options.Link ?? AixOptions.DefaultLink}";

    public static string Script(AixOptions options) => options.Script ?? AixOptions.DefaultScript;

    /// <summary>What <c>configagent facts</c> records besides what a document needs: the default artefacts and rc.net.</summary>
    public static IReadOnlyList<string> Known { get; } = [AixOptions.DefaultScript, $"{Rc2Directory}/{AixOptions.DefaultLink}", RcNet];
}
