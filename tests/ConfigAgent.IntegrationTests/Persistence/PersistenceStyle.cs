namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// One combination of `linux.persistence` choices. <paramref name="AddressArtefact"/> is the file
/// the style restores the first loopback VIP from, the one the drift tests delete.
/// </summary>
internal sealed record PersistenceStyle(string Name, string Addresses, string Sysctls, bool Ipv6, string AddressArtefact)
{
    public override string ToString() => Name;
}
