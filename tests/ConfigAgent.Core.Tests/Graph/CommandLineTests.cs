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
    public void Windows_rendering_quotes_a_word_with_spaces_whole_as_cmd_and_CommandLineToArgvW_read_it()
    {
        var command = new CommandLine("netsh", "interface", "ipv4", "set", "interface", "interface=Ethernet 2", "weakhostreceive=enabled") { Quoting = CommandQuoting.Windows };

        Assert.Equal("netsh interface ipv4 set interface \"interface=Ethernet 2\" weakhostreceive=enabled", command.ToString());
    }

    [Fact]
    public void Windows_rendering_keeps_non_ascii_names_and_paths_as_they_are()
    {
        var command = new CommandLine("netsh", "interface=이더넷", @"C:\Windows\inf\netloop.inf", "*MSLOOP") { Quoting = CommandQuoting.Windows };

        Assert.Equal(@"netsh interface=이더넷 C:\Windows\inf\netloop.inf *MSLOOP", command.ToString());
    }

    [Fact]
    public void Windows_rendering_escapes_quotes_and_the_backslashes_before_them()
    {
        var command = new CommandLine("x", "a\"b", @"c d\", "") { Quoting = CommandQuoting.Windows };

        Assert.Equal(@"x ""a\""b"" ""c d\\"" """"", command.ToString());
    }

    [Fact]
    public void Equality_is_by_program_and_arguments_not_by_how_they_are_shown()
    {
        Assert.Equal(new CommandLine("netsh", "a b"), new CommandLine("netsh", "a b") { Quoting = CommandQuoting.Windows });
        Assert.NotEqual(new CommandLine("netsh", "a", "b"), new CommandLine("netsh", "a b"));
    }
}
