using ConfigAgent.Engine;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Engine;

public sealed class CommandChangeExecutorTests
{
    private readonly RecordingCommandRunner _runner = new();

    private CommandChangeExecutor Executor => new(_runner, TimeSpan.FromSeconds(5));

    private static Change Replace() => new(new FakeResource("address:lo0/192.0.2.10"), ChangeAction.Update, "192.0.2.10/24", "192.0.2.10/32", "prefix is /24")
    {
        Commands = [new CommandLine("ifconfig", "lo0", "delete", "192.0.2.10"), new CommandLine("ifconfig", "lo0", "alias", "192.0.2.10", "netmask", "255.255.255.255", "-arp")],
        UndoCommands = [new CommandLine("ifconfig", "lo0", "delete", "192.0.2.10"), new CommandLine("ifconfig", "lo0", "alias", "192.0.2.10", "netmask", "255.255.255.0", "-arp")],
    };

    [Fact]
    public void The_commands_run_in_order_and_the_undo_runs_the_undo_commands()
    {
        var step = Executor.Apply(Replace(), TestContext.Current.CancellationToken);
        step.Undo();

        Assert.Equal(
            [
                "ifconfig lo0 delete 192.0.2.10",
                "ifconfig lo0 alias 192.0.2.10 netmask 255.255.255.255 -arp",
                "ifconfig lo0 delete 192.0.2.10",
                "ifconfig lo0 alias 192.0.2.10 netmask 255.255.255.0 -arp",
            ],
            _runner.Ran);
    }

    [Fact]
    public void A_failing_first_command_names_the_command_and_its_error_and_runs_nothing_else()
    {
        _runner.Fail("ifconfig lo0 delete 192.0.2.10", "0821-228 ifconfig: ioctl (SIOCDIFADDR): Can't assign requested address\n");

        var error = Assert.Throws<HostAccessException>(() => Executor.Apply(Replace(), TestContext.Current.CancellationToken));

        Assert.Equal("`ifconfig lo0 delete 192.0.2.10` exited with 1: 0821-228 ifconfig: ioctl (SIOCDIFADDR): Can't assign requested address", error.Message);
        Assert.Single(_runner.Ran);
    }

    [Fact]
    public void A_change_that_fails_half_way_puts_back_what_its_first_commands_did()
    {
        _runner.Fail("ifconfig lo0 alias 192.0.2.10 netmask 255.255.255.255 -arp");

        var error = Assert.Throws<HostAccessException>(() => Executor.Apply(Replace(), TestContext.Current.CancellationToken));

        Assert.EndsWith("refused; the 1 command(s) before it were undone", error.Message);
        Assert.Equal("ifconfig lo0 alias 192.0.2.10 netmask 255.255.255.0 -arp", _runner.Ran[^1]);
        Assert.Equal(3, _runner.Ran.Count);
    }

    [Fact]
    public void An_irreversible_change_says_why_when_it_is_undone()
    {
        var change = new Change(new FakeResource("adapter:Loopback"), ChangeAction.Create, null, "Loopback", "missing")
        {
            Commands = [new CommandLine("devcon", "install")],
            Irreversible = "the adapter stays",
        };

        var step = Executor.Apply(change, TestContext.Current.CancellationToken);

        Assert.Equal("the adapter stays", Assert.Throws<HostAccessException>(step.Undo).Message);
    }
}
