namespace ConfigAgent.Documents;

/// <summary>Where a Linux host keeps the managed sysctls for boot.</summary>
public enum SysctlPersistence
{
    /// <summary>A drop-in file under /etc/sysctl.d/.</summary>
    SysctlD,

    /// <summary>A managed block inside /etc/sysctl.conf (the seed's way); other lines are left alone.</summary>
    SysctlConf,

    /// <summary>Runtime only.</summary>
    None,
}
