namespace ConfigAgent.Documents;

/// <summary>How a Linux host restores its VIPs at boot.</summary>
public enum AddressPersistence
{
    /// <summary>Chosen from the host's facts: network-scripts, else NetworkManager, else systemd.</summary>
    Auto,

    /// <summary>ifcfg-lo:N files as in the seed (CentOS 7).</summary>
    NetworkScripts,

    /// <summary>NetworkManager keyfiles (RHEL 8/9).</summary>
    NetworkManager,

    /// <summary>A oneshot unit that adds the addresses before the network is up.</summary>
    Systemd,

    /// <summary>Runtime only: nothing survives a reboot.</summary>
    None,
}
