namespace ConfigAgent.Facts;

/// <summary>The states of a VRRP instance (RFC 5798 section 6.4, and keepalived's fault).</summary>
public enum VrrpState
{
    /// <summary>Starting up: not yet backup or master.</summary>
    Init,

    /// <summary>Listening to the master's adverts, ready to take over.</summary>
    Backup,

    /// <summary>Holding the VIPs and sending adverts.</summary>
    Master,

    /// <summary>An interface it needs (its own or a tracked one) is down: it holds nothing and will not take over.</summary>
    Fault,

    /// <summary>A state this ConfigAgent does not know.</summary>
    Unknown,
}
