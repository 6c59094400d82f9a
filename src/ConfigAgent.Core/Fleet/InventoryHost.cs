using ConfigAgent.Facts;

namespace ConfigAgent.Fleet;

/// <summary>
/// One facts file of an inventory: the host recorded in it, or why it cannot be read (then the
/// host is known by the file's name alone).
/// </summary>
public sealed record InventoryHost(string File, HostFacts? Facts, string? Error)
{
    public string Hostname => Facts?.Hostname ?? Path.GetFileNameWithoutExtension(File);

    public string? Platform => Facts?.Platform;
}
