namespace ConfigAgent.HostAccess;

/// <summary>The host could not be observed or changed (a kernel call failed, a command could not run).</summary>
public class HostAccessException(string message, Exception? inner = null) : Exception(message, inner);
