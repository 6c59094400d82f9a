using ConfigAgent.Documents;

namespace ConfigAgent.Validation;

/// <summary>
/// The address labels each Linux persistence style brings back at boot. A label the style cannot
/// restore comes back as another one; the next plan would then replace the address after every
/// reboot (issue 18), so it is refused before anything is written.
/// </summary>
public static class PersistedLabels
{
    /// <summary>Returns why <paramref name="style"/> cannot restore <paramref name="label"/> on <paramref name="interfaceName"/>, or null when it can.</summary>
    public static string? Problem(string label, string interfaceName, AddressPersistence style) => style switch
    {
        AddressPersistence.NetworkScripts => NetworkScripts(label, interfaceName),
        AddressPersistence.NetworkManager when interfaceName == "lo" && label != interfaceName =>
            $"label '{label}' cannot be restored at boot by networkmanager persistence: its keyfile for lo holds addresses without labels, so the address would come back labelled 'lo' and be replaced after every reboot; leave the label out, or choose linux.persistence.addresses: systemd",
        _ => null,
    };

    // Red Hat initscripts' ifup-aliases brings back ifcfg-<interface>:<suffix> as the label
    // <interface>:<suffix>, and refuses a suffix with anything but [0-9A-Za-z_] ("invalid alias number").
    private static string? NetworkScripts(string label, string interfaceName)
    {
        if (label == interfaceName)
        {
            return $"label '{label}' cannot be restored at boot by network-scripts: an ifcfg-{interfaceName}:N file gives its address the label {interfaceName}:N, so the address would be replaced after every reboot; leave the label out ({interfaceName}:0, {interfaceName}:1, ... are chosen), write one such as {interfaceName}:1, or choose linux.persistence.addresses: systemd";
        }

        var suffix = label[(interfaceName.Length + 1)..];
        if (suffix.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        var suggestion = interfaceName + ":" + string.Concat(suffix.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        return $"label '{label}' cannot be restored at boot by network-scripts: ifup-aliases accepts only letters, digits and '_' after the ':' (ifcfg-{label} fails with \"invalid alias number\"); write one such as {suggestion}, or choose linux.persistence.addresses: systemd";
    }
}
