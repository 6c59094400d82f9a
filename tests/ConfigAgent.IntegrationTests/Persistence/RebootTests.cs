namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// The boot persistence issue's promise: a host that reboots comes back as apply left it. The
/// "reboot" is a fresh namespace restored from the files under --root alone, the way its boot
/// would read them; then the product, asked again, has nothing to change. The negative control
/// shows that the same check fails when the boot misses a line.
/// </summary>
public sealed class RebootTests(AppliedLabs labs) : IClassFixture<AppliedLabs>
{
    [Theory]
    [MemberData(nameof(PersistenceStyles.Names), MemberType = typeof(PersistenceStyles))]
    public void A_host_restored_from_the_artefacts_alone_holds_what_apply_set_and_plans_no_change(string style)
    {
        var lab = labs.For(style);

        using var rebooted = lab.Reboot();

        lab.Plan(rebooted).AssertNoChange();

        // Checked with ip and sysctl too, not only through the product's own eyes.
        Assert.Equal(Addresses(lab.Host), Addresses(rebooted));
        Assert.All(RebootDocument.Sysctls, s => Assert.Equal(s.Value, rebooted.Sysctl(s.Key)));
    }

    [Theory]
    [MemberData(nameof(PersistenceStyles.Names), MemberType = typeof(PersistenceStyles))]
    public void A_boot_that_misses_a_loopback_vip_the_ha_vip_and_a_sysctl_line_plans_exactly_those_three(string style)
    {
        var lab = labs.For(style);

        // One line of each kind of artefact: the loopback one, the NIC one (the unit's batch
        // under networkmanager) and the sysctl file.
        using var rebooted = lab.Reboot(RebootDocument.LastLoopbackVip, RebootDocument.HaVipAddress, "net.ipv4.ip_forward");

        lab.Plan(rebooted).AssertExactly(
            new PlannedChange($"address:lo/{RebootDocument.LastLoopbackVip}", "runtime", "create"),
            new PlannedChange($"address:{RebootDocument.Nic}/{RebootDocument.HaVipAddress}", "runtime", "create"),
            new PlannedChange("sysctl:net.ipv4.ip_forward", "runtime", "update"));
    }

    // Labels are left out: NetworkManager adds loopback addresses without the lo:N labels.
    private static IEnumerable<string> Addresses(FreshHost host) =>
        host.Vips().Select(a => $"{a.Address}/{a.PrefixLength} dev {a.Interface}").Order(StringComparer.Ordinal);
}
