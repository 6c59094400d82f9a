using System.Net;

namespace ConfigAgent.Testing;

/// <summary>An interface of a <see cref="FakeAixHost"/>: its flags and its addresses, in the order they were added.</summary>
public sealed class FakeAixInterface(string name, string flags)
{
    public string Name { get; } = name;

    /// <summary>The flags part of the header as AIX prints it: "1e084863,480&lt;UP,BROADCAST,...&gt;".</summary>
    public string Flags { get; set; } = flags;

    public List<(IPAddress Address, int Prefix)> Addresses { get; } = [];

    public bool IsLoopback => Flags.Contains("LOOPBACK", StringComparison.Ordinal);
}
