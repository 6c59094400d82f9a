namespace ConfigAgent.Documents;

/// <summary>The words the document uses for its option values, in both directions.</summary>
public static class OptionWords
{
    public static IReadOnlyDictionary<string, Ensure> Ensure { get; } = new Dictionary<string, Ensure>(StringComparer.Ordinal)
    {
        ["present"] = Documents.Ensure.Present,
        ["absent"] = Documents.Ensure.Absent,
    };

    public static IReadOnlyDictionary<string, AddressPersistence> AddressPersistence { get; } = new Dictionary<string, AddressPersistence>(StringComparer.Ordinal)
    {
        ["auto"] = Documents.AddressPersistence.Auto,
        ["network-scripts"] = Documents.AddressPersistence.NetworkScripts,
        ["networkmanager"] = Documents.AddressPersistence.NetworkManager,
        ["systemd"] = Documents.AddressPersistence.Systemd,
        ["none"] = Documents.AddressPersistence.None,
    };

    public static IReadOnlyDictionary<string, FailoverPeering> FailoverPeering { get; } = new Dictionary<string, FailoverPeering>(StringComparer.Ordinal)
    {
        ["unicast"] = Documents.FailoverPeering.Unicast,
        ["multicast"] = Documents.FailoverPeering.Multicast,
    };

    public static IReadOnlyDictionary<string, SysctlPersistence> SysctlPersistence { get; } = new Dictionary<string, SysctlPersistence>(StringComparer.Ordinal)
    {
        ["sysctl.d"] = Documents.SysctlPersistence.SysctlD,
        ["sysctl.conf"] = Documents.SysctlPersistence.SysctlConf,
        ["none"] = Documents.SysctlPersistence.None,
    };

    public static IReadOnlyDictionary<string, AixPersistence> AixPersistence { get; } = new Dictionary<string, AixPersistence>(StringComparer.Ordinal)
    {
        ["rc2"] = Documents.AixPersistence.Rc2,
        ["rc.net"] = Documents.AixPersistence.RcNet,
        ["none"] = Documents.AixPersistence.None,
    };

    /// <summary>The document's word for an option value (<c>network-scripts</c>, <c>sysctl.d</c>).</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
    {
        IEnumerable<KeyValuePair<string, T>> words = value switch
        {
            Documents.Ensure => (IEnumerable<KeyValuePair<string, T>>)Ensure,
            Documents.AddressPersistence => (IEnumerable<KeyValuePair<string, T>>)AddressPersistence,
            Documents.SysctlPersistence => (IEnumerable<KeyValuePair<string, T>>)SysctlPersistence,
            Documents.AixPersistence => (IEnumerable<KeyValuePair<string, T>>)AixPersistence,
            _ => [],
        };
        return words.FirstOrDefault(w => EqualityComparer<T>.Default.Equals(w.Value, value)).Key ?? value.ToString().ToLowerInvariant();
    }
}
