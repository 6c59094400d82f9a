using System.Net;
using ConfigAgent.Selection;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Selection;

public sealed class HostSelectionTests
{
    private static readonly HostIdentity Web1 = new(
        "web-1.fra1.example.net",
        new Dictionary<string, string> { ["role"] = "web" },
        [IPAddress.Parse("192.0.2.21")]);

    [Theory]
    [InlineData("[web-*]", true)]
    [InlineData("[db-*]", false)]
    [InlineData("[web-*, \"!web-1.*\"]", false)]
    [InlineData("[\"!db-*\"]", true)]
    [InlineData("{labels: {role: web}}", true)]
    [InlineData("{labels: {role: db}}", false)]
    [InlineData("{labels: {site: fra1}}", false)]
    [InlineData("{networks: [192.0.2.0/24]}", true)]
    [InlineData("{networks: [198.51.100.0/24, 2001:db8::/32]}", false)]
    [InlineData("{names: [web-*], labels: {role: web}, networks: [192.0.2.0/25]}", true)]
    public void A_host_is_selected_when_every_part_matches(string hosts, bool selected)
    {
        var document = DocumentText.Single($"version: 1\nhosts: {hosts}\n");

        Assert.Equal(selected, HostSelection.Matches(document.Hosts, Web1));
    }

    [Theory]
    [InlineData("[db-*, app-*]", "the hostname matches none of db-*, app-*")]
    [InlineData("[web-*, \"!web-1.*\"]", "excluded by !web-1.*")]
    [InlineData("{labels: {role: db}}", "needs label role=db; the host has role=web")]
    [InlineData("{labels: {site: fra1}}", "needs label site=fra1; the host has no label site")]
    [InlineData("{networks: [198.51.100.0/24]}", "no address of the host is in 198.51.100.0/24")]
    [InlineData("[web-*]", null)]
    public void A_host_not_selected_is_told_which_part_does_not_match(string hosts, string? reason)
    {
        var document = DocumentText.Single($"version: 1\nhosts: {hosts}\n");

        Assert.Equal(reason, HostSelection.Mismatch(document.Hosts, Web1));
    }
}
