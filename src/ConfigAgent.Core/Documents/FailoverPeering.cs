namespace ConfigAgent.Documents;

/// <summary>How the members of a failover group exchange VRRP adverts.</summary>
public enum FailoverPeering
{
    /// <summary>To each other member's address: no dependency on multicast in the LAN (the default).</summary>
    Unicast,

    /// <summary>To VRRP's multicast group 224.0.0.18, as VRRP does by default.</summary>
    Multicast,
}
