using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// <c>linux/addresses.service</c>: the oneshot unit that runs the address batch at boot. The
/// template sees <c>ip</c> (the ip binary), <c>batch</c> (the batch file) and <c>devices</c> (the
/// device units of the NICs it waits for: sys-subsystem-net-devices-eth0.device).
/// </summary>
internal static class AddressUnitTemplate
{
    public const string Name = "linux/addresses.service";

    public static string Render(TemplateSet templates, string ip, string batch, IEnumerable<string> devices) =>
        templates.Render(Name, new ScriptObject
        {
            ["ip"] = ip,
            ["batch"] = batch,
            ["devices"] = ScriptValues.List(devices, d => d),
        });
}
