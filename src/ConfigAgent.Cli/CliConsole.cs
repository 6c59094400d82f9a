namespace ConfigAgent.Cli;

/// <summary>Where the CLI writes, and whether its standard output may carry colour.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool Color, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>
    /// The process's console. Colour follows https://no-color.org (NO_COLOR set and not empty turns
    /// it off), and is off when standard output is not a terminal or TERM is dumb.
    /// </summary>
    public static CliConsole FromProcess()
    {
        var environment = System.Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        var color = !Console.IsOutputRedirected
            && string.IsNullOrEmpty(environment.GetValueOrDefault("NO_COLOR"))
            && environment.GetValueOrDefault("TERM") != "dumb";
        return new CliConsole(Console.Out, Console.Error, color, environment);
    }
}
