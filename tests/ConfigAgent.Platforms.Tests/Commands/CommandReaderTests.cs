using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Platforms.Commands;
using ConfigAgent.Testing;

namespace ConfigAgent.Platforms.Tests.Commands;

public sealed class CommandReaderTests
{
    private readonly RecordingCommandRunner _runner = new();

    private CommandReader Reader => new(_runner, TimeSpan.FromSeconds(5));

    [Fact]
    public void A_listing_is_handed_to_its_parser()
    {
        _runner.Answer("ifconfig -a", new CommandResult(0, "en0: flags=1e084863\n", ""));

        Assert.Equal("en0", Reader.Parse(new CommandLine("ifconfig", "-a"), text => text.Split(':')[0], TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Output_the_parser_cannot_read_names_the_command()
    {
        var error = Assert.Throws<HostAccessException>(() => Reader.Parse<int>(new CommandLine("netstat", "-rn"), _ => throw new FormatException("line 3 has 2 columns"), TestContext.Current.CancellationToken));

        Assert.Equal("cannot read the output of `netstat -rn`: line 3 has 2 columns", error.Message);
    }

    [Fact]
    public void A_failed_command_says_what_it_printed_on_stderr_or_else_on_stdout()
    {
        _runner.Answer("hostname", new CommandResult(1, "", "hostname: not found\n"));
        _runner.Answer("netsh interface ipv4 show interfaces", new CommandResult(1, "The RPC server is unavailable.\r\n", ""));

        Assert.Equal("`hostname` exited with 1: hostname: not found", Assert.Throws<HostAccessException>(() => Reader.FirstLine(new CommandLine("hostname"))).Message);
        Assert.Equal(
            "`netsh interface ipv4 show interfaces` exited with 1: The RPC server is unavailable.",
            Assert.Throws<HostAccessException>(() => Reader.Run(new CommandLine("netsh", "interface", "ipv4", "show", "interfaces"), TestContext.Current.CancellationToken)).Message);
    }

    [Fact]
    public void An_optional_listing_that_fails_is_absent_not_an_error()
    {
        _runner.Fail("oslevel -s");

        Assert.Null(Reader.TryRun(new CommandLine("oslevel", "-s")));
    }

    [Fact]
    public void A_hostname_is_the_first_line_that_is_not_blank()
    {
        _runner.Answer("hostname", new CommandResult(0, "\r\n  web-win-01 \r\n", ""));

        Assert.Equal("web-win-01", Reader.FirstLine(new CommandLine("hostname")));
        _runner.Answer("hostname", new CommandResult(0, "\n", ""));
        Assert.Equal("`hostname` printed nothing", Assert.Throws<HostAccessException>(() => Reader.FirstLine(new CommandLine("hostname"))).Message);
    }
}
