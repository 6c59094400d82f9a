using ConfigAgent.Output.Facts;
using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Commands;

[Collection(nameof(CurrentDirectory))]
public sealed class FactsCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("configagent-facts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("aix")]
    [InlineData("windows")]
    public void The_recorded_example_facts_are_what_facts_builds_from_their_capture(string platform)
    {
        var (code, output, error) = CliRun.Run("facts", "--platform", platform, "--from", $"examples/facts/captures/{platform}", "examples/dsr-realserver.yaml");

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "facts", $"{platform}.json")), output);
    }

    [Fact]
    public void Facts_of_an_aix_capture_hold_its_interfaces_routes_through_lo0_and_the_listed_files()
    {
        var (_, output, _) = CliRun.Run("facts", "--platform", "aix", "--from", "examples/facts/captures/aix");

        var facts = FactsJsonReader.Read(output);

        Assert.Equal(("aix", "tepr2e01"), (facts.Platform, facts.Hostname));
        Assert.Equal(["en0", "en1", "lo0"], facts.Interfaces.Select(i => i.Name));
        Assert.Equal("127.0.0.1 U", facts.Settings["route.lo0.127.0.0.0/8"]);
        Assert.Equal(["/etc/rc.d/rc2.d/S09dsr_start", "/home/dsr.sh"], facts.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_capture_missing_a_required_output_says_which_file_to_fill()
    {
        var (code, output, error) = CliRun.Run("facts", "--platform", "windows", "--from", _root);

        Assert.Equal((1, ""), (code, output));
        Assert.Contains("netsh-ipv4-show-interfaces.txt is missing: capture the output of `netsh interface ipv4 show interfaces` on the host into it", error);
    }

    [Theory]
    [InlineData("error: --from needs --platform aix or --platform windows: the capture does not say", "facts", "--from", "examples/facts/captures/aix")]
    [InlineData("error: --platform aix needs --from DIR: ConfigAgent does not run on aix", "facts", "--platform", "aix")]
    [InlineData("error: Linux facts are observed live", "facts", "--platform", "linux", "--from", "examples/facts/captures/aix")]
    public void Asking_for_facts_the_wrong_way_explains_the_right_one(string message, params string[] args)
    {
        var (code, _, error) = CliRun.Run(args);

        Assert.Equal(1, code);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_facts_of_this_machine_hold_the_arp_sysctls_of_every_interface_and_the_known_artefacts()
    {
        var (code, output, error) = CliRun.Run("facts", "--root", _root);

        var facts = FactsJsonReader.Read(output);
        Assert.Equal((0, ""), (code, error));
        Assert.Equal("linux", facts.Platform);
        Assert.Contains("net.ipv4.conf.all.arp_ignore", facts.Settings.Keys);
        Assert.Contains("net.ipv4.conf.default.arp_announce", facts.Settings.Keys);
        Assert.All(facts.Interfaces, i => Assert.Contains($"net.ipv4.conf.{i.Name.Replace('.', '/')}.arp_ignore", facts.Settings.Keys));
        Assert.Contains("/etc/sysctl.d/90-configagent.conf", facts.Files.Keys);
    }

    [Fact]
    public void An_offline_plan_from_live_facts_with_the_files_equals_the_live_plan()
    {
        var factsFile = Path.Combine(_root, "facts.json");
        var (code, output, _) = CliRun.Run("facts", "examples/dsr-realserver.yaml", "--root", _root);
        File.WriteAllText(factsFile, output);

        var live = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--root", _root).Out;
        var offline = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", factsFile).Out;

        Assert.Equal(0, code);
        Assert.Contains("observed live", live);
        Assert.Equal(live, offline.Replace($"observed from {factsFile}", "observed live", StringComparison.Ordinal));
    }
}
