using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Validation;

/// <summary>
/// Every value that ends up in a file, a script or a command line is validated to its type first:
/// hostile strings (newlines, command substitution, quotes) are refused before anything is rendered.
/// </summary>
public sealed class HostileValueTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "loopback address", "loopback_vips: [\"192.0.2.10\\nIPADDR=203.0.113.1\"]" },
        { "loopback address", "loopback_vips: [\"$(reboot)\"]" },
        { "loopback label", "loopback_vips: [{address: 192.0.2.10, label: \"lo:0\\nONBOOT=no\"}]" },
        { "loopback label", "loopback_vips: [{address: 192.0.2.10, label: \"lo:$(id)\"}]" },
        { "interface address", "interface_vips: [{address: \"192.0.2.5/24; rm -rf /\", interface: eth0}]" },
        { "interface name", "interface_vips: [{address: 192.0.2.5/24, interface: \"eth0\\\"; reboot; \\\"\"}]" },
        { "interface name", "interface_vips: [{address: 192.0.2.5/24, interface: \"$(reboot)\"}]" },
        { "interface label", "interface_vips: [{address: 192.0.2.5/24, interface: eth0, label: \"eth0:1'\"}]" },
        { "arp interface", "arp: {interfaces: [all, \"lo\\nnet.ipv4.ip_forward = 1\"]}" },
        { "sysctl name", "sysctls: {\"net.ipv4.ip_forward\\nkernel.x\": 1}" },
        { "sysctl value", "sysctls: {net.ipv4.ip_forward: \"1\\nkernel.core_pattern = |/tmp/x\"}" },
        { "sysctl value", "sysctls: {net.core.somaxconn: \"`reboot`\"}" },
        { "sysctl value", "sysctls: {net.core.somaxconn: \"1 \\\"2\\\"\"}" },
        { "aix script", "aix: {persistence: {script: \"/home/dsr.sh; reboot\"}}" },
        { "aix script", "aix: {persistence: {script: \"/home/$(id).sh\"}}" },
        { "aix link", "aix: {persistence: {link: \"S09dsr\\nreboot\"}}" },
        { "windows adapter", "windows: {loopback_adapter: \"Loopback\\\" & shutdown /s & \\\"\"}" },
        { "windows adapter", "windows: {nics: [\"Ethernet0\\r\\nnetsh\"]}" },
        { "host pattern", "hosts: [\"web-*$(id)\"]" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_value_is_refused_before_anything_is_rendered(string field, string entry)
    {
        var (documents, diagnostics) = DocumentText.Load($"version: 1\n{entry}\n");

        Assert.True(diagnostics.HasErrors, $"the hostile {field} was accepted");
        Assert.All(documents.Documents, d =>
        {
            Assert.Empty(d.LoopbackVips);
            Assert.Empty(d.InterfaceVips);
            Assert.Empty(d.Sysctls);
        });
    }
}
