using ConfigAgent.IntegrationTests.Persistence;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// NetworkManager reads the loopback keyfile: `nmcli --offline` (1.42) parses a keyfile on
/// standard input with the daemon's own code, checks it as the daemon does before it would
/// activate it, and prints it back normalised. Every address must survive that reading.
/// </summary>
public sealed class NmcliOfflineTests(RenderedCases cases)
{
    public static TheoryData<string> Cases => RenderCase.Producing(IsKeyfile);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nmcli_reads_the_keyfile_and_keeps_its_connection_and_every_address(string name)
    {
        var nmcli = Consumer.Nmcli.Path;
        var rendered = cases.Get(name);

        foreach (var keyfile in rendered.Select(IsKeyfile))
        {
            // Offline, `connection modify` is the command that reads a keyfile; the property it
            // is asked to change is one the file leaves unset, so the output is the file as read.
            var read = ConsumerProcess.Run(nmcli, ["--offline", "connection", "modify", "ipv4.dns-search", ""], rendered.Local(keyfile))
                .AssertClean($"nmcli --offline connection modify < {keyfile}");

            var ours = NetworkManagerKeyfile.Parse(File.ReadLines(rendered.Local(keyfile)));
            var theirs = NetworkManagerKeyfile.Parse(read.StandardOutput.Split('\n'));
            foreach (var (section, key) in ((string, string)[])[("connection", "id"), ("connection", "uuid"), ("connection", "type"), ("connection", "interface-name"), ("ipv4", "method"), ("ipv6", "method")])
            {
                Assert.Equal((section, key, ours.Get(section, key)), (section, key, theirs.Get(section, key)));
            }

            Assert.Equal(ours.Addresses("ipv4"), theirs.Addresses("ipv4"));
            Assert.Equal(ours.Addresses("ipv6"), theirs.Addresses("ipv6"));
            Assert.Contains("127.0.0.1/8", theirs.Addresses("ipv4"));
            Assert.NotEqual("false", theirs.Get("connection", "autoconnect"));
        }
    }

    private static bool IsKeyfile(string path) => path.EndsWith(".nmconnection", StringComparison.Ordinal);
}
