namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// A switch: a Linux bridge in a namespace of its own, with one veth cable per attached
/// namespace. STP stays off, so a port forwards as soon as it is up (no listening and learning
/// delay), and the bridge floods broadcasts such as ARP requests to every port, as a switch does.
/// </summary>
internal sealed class Bridge
{
    private readonly NetworkNamespace _switch;
    private readonly string _name;

    private Bridge(NetworkNamespace @switch, string name)
    {
        _switch = @switch;
        _name = name;
    }

    public static Bridge Create(NetworkNamespace @switch, string name = "br0")
    {
        @switch.Ip("link", "add", name, "type", "bridge", "stp_state", "0");
        @switch.Ip("link", "set", name, "up");
        return new Bridge(@switch, name);
    }

    /// <summary>
    /// Cables <paramref name="host"/> to the switch: <paramref name="nicName"/> in the host with
    /// <paramref name="addresses"/>, <paramref name="portName"/> in the switch, enslaved to the
    /// bridge. Returns the host's end.
    /// </summary>
    public VethEnd Attach(NetworkNamespace host, string nicName, IReadOnlyList<string> addresses, string portName)
    {
        var cable = VethPair.Create(_switch, [], host, addresses, leftName: portName, rightName: nicName);
        _switch.Ip("link", "set", portName, "master", _name);
        return cable.Right;
    }
}
