using ConfigAgent.Documents;
using ConfigAgent.Facts;

namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>The seam over rtnetlink: interfaces and addresses in one batch, and address changes.</summary>
internal interface IKernelNetwork
{
    /// <summary>Every interface with every address: one link dump and one address dump.</summary>
    IReadOnlyList<InterfaceFacts> ReadInterfaces();

    void AddAddress(InterfaceFacts nic, InterfaceAddress address, string? label);

    void DeleteAddress(InterfaceFacts nic, InterfaceAddress address);
}
