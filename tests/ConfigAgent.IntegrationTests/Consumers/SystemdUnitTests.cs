using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.IntegrationTests.Persistence;
using ConfigAgent.Testing;

namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// systemd reads the address unit: `systemd-analyze verify` loads it as PID 1 would (unknown
/// keys, bad values, a missing ExecStart program all fail it), its device dependencies are the
/// names systemd-escape gives the NICs, and its ExecStart, run in a throwaway namespace, brings
/// up every address of its batch. The shipped agent unit gets the same verify.
/// </summary>
public sealed class SystemdUnitTests(RenderedCases cases)
{
    public static TheoryData<string> Cases => RenderCase.Producing(path => path == ArtefactPaths.Unit);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Systemd_analyze_verify_accepts_the_address_unit_and_its_enablement_link(string name)
    {
        var analyze = Consumer.SystemdAnalyze.Path;
        var rendered = cases.Get(name);

        ConsumerProcess.Run(analyze, ["verify", rendered.Local(ArtefactPaths.Unit)]).AssertClean($"systemd-analyze verify {ArtefactPaths.Unit}");

        Assert.Equal(ArtefactPaths.Unit, new FileInfo(rendered.Local(ArtefactPaths.UnitLink)).LinkTarget);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_unit_waits_for_each_nic_of_its_batch_by_the_device_name_systemd_gives_it(string name)
    {
        var escape = Consumer.SystemdEscape.Path;
        var rendered = cases.Get(name);
        var unit = SystemdUnit.Parse(File.ReadLines(rendered.Local(ArtefactPaths.Unit)));
        var after = unit.Values("Unit", "After").SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var wants = unit.Values("Unit", "Wants").SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        foreach (var nic in AddressBatch.Read(rendered.Local(ArtefactPaths.AddressBatch)).Select(a => a.Device).Where(d => d != "lo").Distinct())
        {
            var device = ConsumerProcess.Run(escape, ["--path", "--suffix=device", $"/sys/subsystem/net/devices/{nic}"])
                .AssertClean($"systemd-escape {nic}").StandardOutput.Trim();
            Assert.Contains(device, after);
            Assert.Contains(device, wants);
        }

        Assert.Contains("systemd-sysctl.service", after);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_units_exec_start_brings_up_every_address_of_its_batch_in_a_fresh_namespace(string name)
    {
        var rendered = cases.Get(name);
        var command = Assert.Single(SystemdUnit.Parse(File.ReadLines(rendered.Local(ArtefactPaths.Unit))).ExecStart());
        var batch = AddressBatch.Read(rendered.Local(ArtefactPaths.AddressBatch));
        using var host = ConsumerHost.PowerOn();
        Assert.All(batch, a => Assert.DoesNotContain($" {a.Address} ", host.Addresses()));

        // The program is this machine's ip; the file it reads is the rendered one.
        Assert.True(File.Exists(command[0]), $"ExecStart runs {command[0]}, which this machine does not have");
        Assert.Equal(ArtefactPaths.AddressBatch, command[^1]);
        ConsumerProcess.RunIn(host.Namespace, command[0], [.. command.Skip(1).SkipLast(1), rendered.Local(ArtefactPaths.AddressBatch)])
            .AssertClean($"ExecStart of {ArtefactPaths.Unit}");

        var up = host.Addresses().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split((char[])[' ', '\t', '\\'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var address in batch)
        {
            // 7: eth0.100    inet 198.51.100.10/24 brd 198.51.100.255 scope global eth0.100:1\ ...
            var words = Assert.Single(up, words => words[3] == address.Address);
            Assert.Equal(address.Device, words[1]);
            if (address.Label is { } label)
            {
                Assert.Contains(label, words);
            }
        }
    }

    [Fact]
    public void Systemd_analyze_verify_accepts_the_shipped_agent_unit()
    {
        var analyze = Consumer.SystemdAnalyze.Path;
        using var bin = new TemporaryDirectory("configagent-unit-bin-");
        File.Copy(CliInNamespace.Executable, Path.Join(bin.Path, "configagent"));
        var unit = Path.Join(RepositoryPaths.Root, "packaging", "systemd", "configagent.service");

        // The unit runs /usr/local/bin/configagent, where packaging/README.md installs it: the
        // binary under test shows there in a mount namespace of verify's own, not on this machine.
        new PrivateMounts().Bind(bin.Path, "/usr/local/bin").Run(null, analyze, "verify", unit)
            .AssertClean("systemd-analyze verify packaging/systemd/configagent.service");
    }
}
