using ConfigAgent.IntegrationTests.Persistence;
namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// sysctl reads the sysctl files as systemd-sysctl and `sysctl -p` do at boot: in a fresh
/// namespace (net.ipv4.conf.* and the like are per namespace) every line of the file takes, and
/// reading each key back gives the file's value, the dotted NIC's '/' form included. A line that
/// an administrator left in /etc/sysctl.conf outside net.* would set this machine's kernel: the
/// run makes every other /proc/sys directory read-only, and exactly those lines are refused.
/// </summary>
public sealed class SysctlFileTests(RenderedCases cases)
{
    public static TheoryData<string> Cases => RenderCase.Producing(ArtefactPaths.IsSysctlFile);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sysctl_p_sets_every_line_in_a_fresh_namespace_and_each_reads_back(string name)
    {
        var sysctl = Consumer.Sysctl.Path;
        var rendered = cases.Get(name);

        foreach (var file in rendered.Select(ArtefactPaths.IsSysctlFile))
        {
            var lines = SysctlLine.Read(rendered.Local(file));
            var net = lines.Where(l => l.IsNet).ToList();
            var other = lines.Where(l => !l.IsNet).ToList();
            using var host = ConsumerHost.PowerOn();

            // Otherwise a sysctl that read nothing would pass: the fresh kernel differs somewhere.
            Assert.NotEqual(Values(net), Read(host, sysctl, net));

            var run = new PrivateMounts().NetSysctlsOnly().Run(host.Namespace, sysctl, "-p", rendered.Local(file));

            Assert.Equal(other.Select(l => $"sysctl: permission denied on key \"{l.Key}\""), run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal((other.Count > 0 ? 1 : 0, ""), (run.ExitCode, other.Count > 0 ? "" : run.StandardError));
            Assert.Equal(Values(net), run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(Values(net), Read(host, sysctl, net));
        }
    }

    private static List<string> Values(IReadOnlyList<SysctlLine> lines) => [.. lines.Select(l => $"{l.Key} = {l.Value}")];

    /// <summary>Each key as `sysctl -n` reads it back from the namespace, one line per key, in order.</summary>
    private static List<string> Read(ConsumerHost host, string sysctl, IReadOnlyList<SysctlLine> lines)
    {
        var values = ConsumerProcess.RunIn(host.Namespace, sysctl, ["-n", .. lines.Select(l => l.Key)])
            .AssertClean("sysctl -n").StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Count, values.Length);
        return [.. lines.Zip(values, (l, value) => $"{l.Key} = {string.Join(' ', value.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))}")];
    }
}
