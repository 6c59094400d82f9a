using System.CommandLine;
using ConfigAgent.Output;

namespace ConfigAgent.Cli.Commands;

/// <summary>Options several commands share, defined once so they read alike everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files() => new("files")
    {
        Description = "Desired-state YAML files, or directories of them (*.yaml, *.yml)",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Root() => new("--root")
    {
        Description = "Prefix for every file path read or written (state, persistence, backups)",
        DefaultValueFactory = _ => "/",
    };

    public static Option<string?> Host() => new("--host")
    {
        Description = "Plan as this hostname instead of the machine's own (host selectors)",
    };

    public static Option<string?> FactsDirectory() => new("--facts-dir")
    {
        Description = "An inventory: a directory of facts files (*.json) recorded by 'configagent facts', one host each",
    };

    /// <summary>The <c>--format</c> of one subject: its help, the values it accepts and its default all come from <paramref name="formats"/>.</summary>
    public static Option<string> Format<T>(OutputFormats<T> formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats.Names)}",
            DefaultValueFactory = _ => formats.Default,
        };
        option.AcceptOnlyFromAmong([.. formats.Names]);
        return option;
    }

    /// <summary>Lifts the removal guard for one run: what an empty or truncated file would otherwise be stopped by.</summary>
    public static Option<bool> AllowMassRemoval() => new("--allow-mass-removal")
    {
        Description = "Let this run remove more than half of what ConfigAgent owns on the host (entries no longer declared); refused by default",
    };

    public static Option<bool> DetailedExitCode(string changed) => new("--detailed-exitcode")
    {
        Description = $"Exit 2 when {changed}, 0 when nothing, 1 on error",
    };
}
