using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Persistence;

namespace ConfigAgent.Platforms.Tests.Linux.Keepalived;

/// <summary>keepalived.conf is ConfigAgent's whole file: an operator's own blocks the plan until the document takes it over.</summary>
public sealed class KeepalivedConfigurationOwnershipTests
{
    private const string Path = "/etc/keepalived/keepalived.conf";
    private const string OperatorsFile = "vrrp_instance VI_1 {\n    state MASTER\n}\n";

    private static readonly ResourceId ConfigurationId = ResourceId.Of("file", Path);

    private static Change? Test(string yaml, HostFacts facts, Ledger? ledger = null) =>
        FailoverHosts.Compile(yaml, facts, ledger)[ConfigurationId].Test(facts);

    [Fact]
    public void An_operators_keepalived_conf_blocks_the_plan_with_the_way_out()
    {
        var facts = FailoverHosts.Host("ha-a").File(Path, OperatorsFile).Build();

        var change = Test(FailoverHosts.Example, facts)!;

        Assert.Equal(ChangeAction.Blocked, change.Action);
        Assert.Equal(
            "/etc/keepalived/keepalived.conf exists and ConfigAgent did not write it (no '# Managed by ConfigAgent' header, not in the ledger): "
            + "an operator's keepalived configuration is never replaced silently; to replace it (the old one is kept as a backup), set linux.keepalived.take_over: true",
            change.Reason);
    }

    [Fact]
    public void Taking_over_replaces_the_operators_file_with_a_diff()
    {
        var facts = FailoverHosts.Host("ha-a").File(Path, OperatorsFile).Build();

        var change = Assert.IsType<FileChange>(Test(FailoverHosts.Example + "linux: {keepalived: {take_over: true}}\n", facts));

        Assert.Equal(ChangeAction.Update, change.Action);
        Assert.StartsWith("# Managed by ConfigAgent", change.NewContent, StringComparison.Ordinal);
        Assert.Contains("-    state MASTER", change.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_configagents_header_is_its_own_to_update()
    {
        var facts = FailoverHosts.Host("ha-a").File(Path, "# Managed by ConfigAgent: an older rendering\n").Build();

        Assert.Equal(ChangeAction.Update, Test(FailoverHosts.Example, facts)!.Action);
    }

    [Fact]
    public void A_file_the_ledger_owns_is_its_own_even_without_the_header()
    {
        var facts = FailoverHosts.Host("ha-a").File(Path, OperatorsFile).Build();
        var ledger = new Ledger([new ArtefactEntry(ConfigurationId, Path)]);

        Assert.Equal(ChangeAction.Update, Test(FailoverHosts.Example, facts, ledger)!.Action);
    }

    [Fact]
    public void A_missing_file_is_created_whole()
    {
        var facts = FailoverHosts.Host("ha-a").File(Path, null).Build();

        var change = Assert.IsType<FileChange>(Test(FailoverHosts.Example, facts));

        Assert.Equal((ChangeAction.Create, FileModes.ReadWriteReadRead), (change.Action, change.Mode));
    }
}
