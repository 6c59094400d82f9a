namespace ConfigAgent.Cli.Tests.Commands;

/// <summary>`render` gives the same answer as `plan`: what the boot side cannot hold is named, and the run fails (issue 18).</summary>
[Collection(nameof(CurrentDirectory))]
public sealed class RenderCommandTests
{
    private static readonly string Facts = CliRun.Fixture("web-01.linux.json");

    [Fact]
    public void Render_names_the_vips_the_style_cannot_persist_and_exits_1_as_plan_does()
    {
        var directory = Directory.CreateTempSubdirectory("configagent-render-").FullName;
        try
        {
            var document = Path.Combine(directory, "v6.yaml");
            File.WriteAllText(document, "version: 1\nloopback_vips: [192.0.2.10, 2001:db8::10]\nlinux: {persistence: {addresses: network-scripts, sysctls: sysctl.conf}}\n");
            var output = Path.Combine(directory, "out");

            var (code, written, error) = CliRun.Run("render", document, "--facts", Facts, "--out", output);
            var (planCode, plan, _) = CliRun.Run("plan", document, "--facts", Facts);

            Assert.Equal(
                (1, $"/etc/sysctl.conf\n/etc/sysconfig/network-scripts/ifcfg-lo:0\n2 artefacts for web-01 (linux) written under {output}\n"),
                (code, written));
            Assert.Equal(
                $"{document}:2:29: error: not rendered: boot persistence of 2001:db8::10/128 on lo: network-scripts cannot restore IPv6 aliases: choose linux.persistence.addresses: systemd or networkmanager\n"
                + "1 artefact was not rendered: the plan is blocked\n",
                error);
            Assert.True(File.Exists(Path.Combine(output, "etc", "sysconfig", "network-scripts", "ifcfg-lo:0")));
            Assert.Equal(1, planCode);
            Assert.Contains("! boot persistence of 2001:db8::10/128 on lo\n", plan, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Render_of_what_every_style_can_persist_exits_0_and_prints_no_error()
    {
        var directory = Directory.CreateTempSubdirectory("configagent-render-").FullName;
        try
        {
            var (code, written, error) = CliRun.Run("render", "examples/dsr-realserver.yaml", "--facts", Facts, "--out", directory);

            Assert.Equal((0, ""), (code, error));
            Assert.EndsWith($"artefacts for web-01 (linux) written under {directory}\n", written, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
