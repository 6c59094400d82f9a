using System.Management.Automation.Language;
using ConfigAgent.Documents;
using ConfigAgent.Graph;
using ConfigAgent.Platforms.Windows.Commands;

namespace ConfigAgent.Platforms.Tests.Windows.Commands;

/// <summary>
/// Every Windows command the plan shows for PowerShell, parsed by PowerShell's own language
/// parser (Microsoft.PowerShell.SDK 7.6.10, in this test project only): one command whose words
/// are the argument list apply runs, for adapter names that hold what PowerShell reads as syntax
/// (issue 18). cmd.exe cannot run here: its lines follow documented rules, tested as strings.
/// </summary>
public sealed class PowerShellParsingTests
{
    /// <summary>Adapter names Windows accepts that a shell could misread: operators, quotes of every kind, variables, escapes, a trailing backslash.</summary>
    public static TheoryData<string> HostileNames =>
    [
        "Loopback", "Ethernet 2", "이더넷", "Loop;1", "R&D", "a|b", "it's", "Loop,1", "(x)", "{x}", "Lo$env:PATH", "$(calc)",
        "a`b", "Lo\\", "Lo 1\\", "Lo\\\\ 2\\\\", "-Lo", "--%", "#Lo", "@Lo", "Lo<1>", "100%", "%PATH%", "Lo!1", "^Lo",
        "‘Lo’", "“Lo”", "Lo – 1", "Lo\t1", "*", "Lo'$x'\"",
    ];

    private static IEnumerable<CommandLine> CommandsFor(string adapter)
    {
        InterfaceAddress.TryParse("192.0.2.10/32", out var v4, out _);
        InterfaceAddress.TryParse("2001:db8::10/128", out var v6, out _);
        yield return NetshCommands.ShowInterface("ipv4", adapter);
        yield return NetshCommands.SetInterface("ipv4", adapter, "weakhostreceive", "enabled");
        yield return NetshCommands.SetInterface("ipv6", adapter, "metric", "254");
        yield return NetshCommands.Rename(adapter, adapter + " new");
        yield return NetshCommands.AddAddress(adapter, v4);
        yield return NetshCommands.AddAddress(adapter, v6);
        yield return NetshCommands.DeleteAddress(adapter, v4);
        yield return NetshCommands.DeleteAddress(adapter, v6);
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void PowerShell_reads_every_displayed_command_as_the_argument_list_apply_runs(string adapter)
    {
        var misread = new List<string>();
        var lines = 0;
        foreach (var command in CommandsFor(adapter).Append(NetshCommands.InstallLoopback))
        {
            foreach (var (_, line) in command.Displays().Where(d => d.Shell is null or "PowerShell"))
            {
                lines++;
                if (Words(line) is var words && !words.SequenceEqual([command.Program, .. command.Arguments]))
                {
                    misread.Add($"{line}\n  read as: {string.Join(" | ", words)}");
                }
            }
        }

        Assert.Equal(9, lines);
        Assert.Empty(misread);
    }

    [Fact]
    public void The_parser_does_catch_a_line_quoted_for_the_other_shell()
    {
        // The control: CommandLineToArgvW quoting, shown before issue 18, is not what PowerShell reads.
        Assert.NotEqual(["netsh", "name=Lo 1\\"], Words("netsh \"name=Lo 1\\\\\""));
        Assert.NotEqual(["netsh", "name=Loop;1"], Words("netsh name=Loop;1"));
    }

    /// <summary>The words of a one-command line as PowerShell reads them; anything but a plain string shows as its kind.</summary>
    private static List<string> Words(string line)
    {
        var ast = Parser.ParseInput(line, out _, out var errors);
        if (errors.Length > 0)
        {
            return [.. errors.Select(e => $"<error: {e.Message}>")];
        }

        if (ast.EndBlock.Statements is not [PipelineAst { PipelineElements: [CommandAst command] }])
        {
            return [$"<not one command: {ast.EndBlock.Extent.Text}>"];
        }

        return [.. command.CommandElements.Select(e => e is StringConstantExpressionAst text ? text.Value : $"<{e.GetType().Name}: {e.Extent.Text}>")];
    }
}
