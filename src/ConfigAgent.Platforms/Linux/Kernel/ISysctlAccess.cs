using ConfigAgent.Documents;

namespace ConfigAgent.Platforms.Linux.Kernel;

/// <summary>The seam over /proc/sys: one read or write per parameter.</summary>
internal interface ISysctlAccess
{
    /// <summary>The raw value, or null when the parameter does not exist on this host.</summary>
    string? Read(SysctlName name);

    void Write(SysctlName name, string value);
}
