using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests.Commands;

/// <summary>The seed planned for AIX and Windows hosts from their recorded facts, on this Linux machine.</summary>
[Collection(nameof(CurrentDirectory))]
public sealed class OtherPlatformsPlanTests
{
    [Theory]
    [InlineData("examples/facts/aix.json", "text", "plan-dsr-realserver.aix.txt")]
    [InlineData("examples/facts/windows.json", "text", "plan-dsr-realserver.windows.txt")]
    [InlineData("examples/facts/windows.json", "json", "plan-dsr-realserver.windows.json")]
    public void The_seed_plans_offline_for_a_recorded_host_of_each_platform(string facts, string format, string golden)
    {
        var (code, output, error) = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", facts, "--format", format);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Golden.Verify(output, golden);
    }

    [Fact]
    public void The_aix_plan_shows_the_seeds_exact_command_and_boot_script_line()
    {
        var (_, output, _) = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", "examples/facts/aix.json");

        Assert.Contains("runs: ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp\n", output);
        Assert.Contains("+ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp\n", output);
        Assert.Contains("+ link /etc/rc.d/rc2.d/S09dsr_start: absent => -> /home/dsr.sh", output);
    }

    [Fact]
    public void The_windows_plan_sets_weak_host_and_the_metric_before_the_vip_and_says_netsh_persists()
    {
        var (_, output, _) = CliRun.Run("plan", "examples/dsr-realserver.yaml", "--facts", "examples/facts/windows.json");

        var vip = output.IndexOf("runs: netsh interface ipv4 add address name=Loopback address=192.168.0.10 mask=255.255.255.255 skipassource=true", StringComparison.Ordinal);
        Assert.True(vip > output.IndexOf("runs: netsh interface ipv4 set interface interface=Loopback weakhostsend=enabled", StringComparison.Ordinal));
        Assert.True(vip > output.IndexOf("runs: netsh interface ipv4 set interface interface=Ethernet0 weakhostreceive=enabled", StringComparison.Ordinal));
        Assert.True(vip > output.IndexOf("runs: netsh interface ipv4 set interface interface=Loopback metric=254", StringComparison.Ordinal));
        Assert.Contains("note: netsh settings and addresses persist by themselves", output);
    }

    [Fact]
    public void Render_writes_the_aix_boot_script_and_link_from_recorded_facts()
    {
        var directory = Directory.CreateTempSubdirectory("configagent-render-").FullName;
        try
        {
            var (code, _, error) = CliRun.Run("render", "examples/dsr-realserver.yaml", "--facts", "examples/facts/aix.json", "--out", directory);

            Assert.Equal((0, ""), (code, error));
            Assert.Equal(
                "#!/bin/sh\n# Managed by ConfigAgent: change the desired state, not this file.\nifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp\n",
                File.ReadAllText(Path.Combine(directory, "home", "dsr.sh")));
            Assert.Equal("/home/dsr.sh", new FileInfo(Path.Combine(directory, "etc", "rc.d", "rc2.d", "S09dsr_start")).LinkTarget);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
