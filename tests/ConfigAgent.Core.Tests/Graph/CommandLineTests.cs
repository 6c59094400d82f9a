using ConfigAgent.Graph;

namespace ConfigAgent.Core.Tests.Graph;

public sealed class CommandLineTests
{
    [Fact]
    public void Posix_rendering_quotes_only_words_a_shell_would_split_or_expand()
    {
        var command = new CommandLine("ifconfig", "lo0", "alias", "192.168.0.10", "netmask", "255.255.255.255", "-arp", "a b", "it's");

        Assert.Equal("ifconfig lo0 alias 192.168.0.10 netmask 255.255.255.255 -arp 'a b' 'it'\\''s'", command.ToString());
    }

    [Fact]
    public void Windows_rendering_quotes_a_word_with_spaces_once_for_powershell_and_cmd()
    {
        var command = new CommandLine("netsh", "interface", "ipv4", "set", "interface", "interface=Ethernet 2", "weakhostreceive=enabled") { Quoting = CommandQuoting.Windows };

        Assert.Equal([(null, "netsh interface ipv4 set interface \"interface=Ethernet 2\" weakhostreceive=enabled")], command.Displays());
    }

    [Fact]
    public void Windows_rendering_keeps_non_ascii_names_and_paths_as_they_are()
    {
        var command = new CommandLine("netsh", "interface=이더넷", @"C:\Windows\inf\netloop.inf", "*MSLOOP") { Quoting = CommandQuoting.Windows };

        Assert.Equal(@"netsh interface=이더넷 C:\Windows\inf\netloop.inf *MSLOOP", command.ToString());
    }

    [Fact]
    public void Words_both_shells_read_alike_between_double_quotes_are_shown_once()
    {
        var command = new CommandLine("netsh", "name=R&D", "name=Loop;1", "name=a|b", "name=it's", "name=(x),{y}", "name=^x", "-x") { Quoting = CommandQuoting.Windows };

        Assert.Equal([(null, "netsh \"name=R&D\" \"name=Loop;1\" \"name=a|b\" \"name=it's\" \"name=(x),{y}\" \"name=^x\" \"-x\"")], command.Displays());
    }

    [Fact]
    public void Words_the_shells_read_differently_get_a_line_for_each()
    {
        var command = new CommandLine("netsh", "name=Lo$env:PATH", "name=a`b", "name=Lo 1\\", "name=it’s", "") { Quoting = CommandQuoting.Windows };

        Assert.Equal(
            [
                ("PowerShell", "netsh 'name=Lo$env:PATH' 'name=a`b' \"name=Lo 1\\\" \"name=it’s\" \"\""),
                ("cmd.exe", "netsh \"name=Lo$env:PATH\" \"name=a`b\" \"name=Lo 1\\\\\" \"name=it’s\" \"\""),
            ],
            command.Displays());
    }

    [Fact]
    public void PowerShell_doubles_every_kind_of_single_quote_inside_single_quotes()
    {
        var command = new CommandLine("netsh", "name=$it's ‘x’") { Quoting = CommandQuoting.Windows };

        Assert.Equal("netsh 'name=$it''s ‘‘x’’'", command.ToString());
    }

    [Theory]
    [InlineData("name=%PATH%", "not shown: 'name=%PATH%' holds '%', which cmd.exe expands even inside quotes; run it from PowerShell")]
    [InlineData("name=Lo!x!", "not shown: 'name=Lo!x!' holds '!', which cmd.exe expands with delayed expansion; run it from PowerShell")]
    [InlineData("name=a\"b", "not shown: 'name=a\"b' holds '\"', which cmd.exe cannot carry inside quotes; run it from PowerShell")]
    public void A_word_cmd_cannot_carry_is_not_shown_for_cmd_with_the_reason(string word, string cmd)
    {
        var command = new CommandLine("netsh", word) { Quoting = CommandQuoting.Windows };

        Assert.Equal(("cmd.exe", cmd), command.Displays()[1]);
    }

    [Fact]
    public void Equality_is_by_program_and_arguments_not_by_how_they_are_shown()
    {
        Assert.Equal(new CommandLine("netsh", "a b"), new CommandLine("netsh", "a b") { Quoting = CommandQuoting.Windows });
        Assert.NotEqual(new CommandLine("netsh", "a", "b"), new CommandLine("netsh", "a b"));
    }
}
