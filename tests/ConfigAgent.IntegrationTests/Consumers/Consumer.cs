namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// A program that reads what ConfigAgent writes, the one a host runs at boot or a monitoring
/// stack runs on a scrape, and the Debian package that .ci/run installs it from.
/// </summary>
internal sealed record Consumer(string Program, string Package)
{
    public static readonly Consumer Nmcli = new("nmcli", "network-manager");
    public static readonly Consumer SystemdAnalyze = new("systemd-analyze", "systemd");
    public static readonly Consumer SystemdEscape = new("systemd-escape", "systemd");
    public static readonly Consumer Sysctl = new("sysctl", "procps");
    public static readonly Consumer Promtool = new("promtool", "prometheus");
    public static readonly Consumer Ksh = new("ksh", "ksh");
    public static readonly Consumer Shellcheck = new("shellcheck", "shellcheck");
    public static readonly Consumer Unshare = new("unshare", "util-linux");
    public static readonly Consumer Keepalived = new("keepalived", "keepalived");

    private static readonly string[] SearchPath = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    /// <summary>
    /// The program's full path. When it is not installed the test stops here: a failure in CI
    /// (<see cref="ConsumerGuard.RequiredVariable"/>), a skip that names the package elsewhere.
    /// </summary>
    public string Path => Find() ?? ConsumerGuard.Missing($"{Program} is not installed (Debian package {Package}): the artefacts it reads go unchecked");

    private string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(SearchPath)
            .Select(directory => System.IO.Path.Join(directory, Program))
            .FirstOrDefault(File.Exists);
}
