using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Platforms.Aix.Parsing;

namespace ConfigAgent.Platforms.Aix;

/// <summary>
/// Observes an AIX host through commands, in two batches. The host: <c>hostname</c>,
/// <c>oslevel -s</c> (optional), one <c>ifconfig -a</c> for every interface and address, and one
/// <c>netstat -rn</c> (optional) for the routes through lo0. Then one read per file the resources
/// ask for. The same code reads a live host and a capture of one (<c>facts --from</c>).
/// </summary>
internal sealed class AixHostObserver(ICommandRunner runner, IFileSystem files, TimeProvider clock, TimeSpan timeout) : IHostObserver
{
    public string Source => "live";

    public HostFacts ObserveHost()
    {
        var interfaces = Parse(AixCommands.ListInterfaces, AixIfconfigParser.Parse);
        var routes = TryRun(AixCommands.ListRoutes) is { } netstat ? AixNetstatRoutesParser.Parse(netstat) : [];
        return new HostFacts
        {
            Platform = AixModule.Name,
            Hostname = FirstLine(Run(AixCommands.Hostname)) ?? throw new HostAccessException("`hostname` printed nothing"),
            CollectedAt = clock.GetUtcNow(),
            Os = new OsFacts(AixModule.Name, TryRun(AixCommands.OsLevel) is { } level ? FirstLine(level) : null),
            Interfaces = interfaces,
            Settings = new Dictionary<string, string?>(AixRoutes.Settings(routes), StringComparer.Ordinal),
        };
    }

    public HostFacts ObserveDetails(HostFacts host, ObservationScope scope)
    {
        var observed = new Dictionary<string, FileFacts>(host.Files, StringComparer.Ordinal);
        foreach (var path in scope.Everything ? scope.Files.Concat(AixPersistencePaths.Known) : scope.Files)
        {
            observed[path] = files.Observe(path);
        }

        return host with { Files = observed };
    }

    private T Parse<T>(CommandLine command, Func<string, T> parse)
    {
        try
        {
            return parse(Run(command));
        }
        catch (FormatException ex)
        {
            throw new HostAccessException($"cannot read the output of `{command}`: {ErrorSentence.Of(ex)}", ex);
        }
    }

    private string Run(CommandLine command)
    {
        var result = runner.Run(command, timeout);
        return result.Succeeded
            ? result.StandardOutput
            : throw new HostAccessException($"`{command}` exited with {result.ExitCode}: {result.StandardError.Trim()}");
    }

    private string? TryRun(CommandLine command) => runner.Run(command, timeout) is { Succeeded: true } result ? result.StandardOutput : null;

    private static string? FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
