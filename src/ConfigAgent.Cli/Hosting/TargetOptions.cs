using System.CommandLine;
using ConfigAgent.HostAccess;
using ConfigAgent.Observation;
using ConfigAgent.Output.Facts;
using ConfigAgent.Platforms;

namespace ConfigAgent.Cli.Hosting;

/// <summary>
/// Which host a command looks at: this machine (live, files under --root), or a host recorded in
/// a facts file (--facts), for any platform and from any machine.
/// </summary>
internal sealed class TargetOptions
{
    public Option<string> Root { get; } = new("--root")
    {
        Description = "Prefix for every file path read or written (state, persistence, backups)",
        DefaultValueFactory = _ => "/",
    };

    public Option<string?> Host { get; } = new("--host")
    {
        Description = "Plan as this hostname instead of the host's own (for host selectors)",
    };

    public Option<string?> Facts { get; } = new("--facts")
    {
        Description = "Plan offline against facts recorded by 'configagent facts' on the target host",
    };

    public Option<string?> Platform { get; } = new("--platform")
    {
        Description = "The target's platform when the facts do not say (linux, aix, windows)",
    };

    public Option<string> StateDirectory { get; } = new("--state-dir")
    {
        Description = "Where the ledger, the lock and the reports live (under --root)",
        DefaultValueFactory = _ => LocalHostOptions.DefaultStateDirectory,
    };

    public Option<string?> Templates { get; } = new("--templates")
    {
        Description = "A directory of template overrides (<platform>/<name>.sbn, Scriban) for the boot artefacts",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Templates);
        command.Options.Add(Root);
        command.Options.Add(StateDirectory);
        command.Options.Add(Host);
        command.Options.Add(Facts);
        command.Options.Add(Platform);
    }

    /// <summary>The target, or null after printing why it cannot be reached.</summary>
    public Target? Resolve(ParseResult parse, CliConsole console, TimeProvider clock, TimeSpan? announceInterval = null)
    {
        try
        {
            if (parse.GetValue(Facts) is { } factsPath)
            {
                var facts = FactsJsonReader.Read(File.ReadAllText(factsPath));
                var platformName = parse.GetValue(Platform) ?? facts.Platform;
                return new Target(PlatformCatalog.Get(platformName), new RecordedFactsObserver(facts, $"from {factsPath}"), Live: null);
            }

            var local = PlatformCatalog.Local(new LocalHostOptions(parse.GetValue(Root)!, parse.GetValue(StateDirectory)!, clock, announceInterval ?? LocalHostOptions.DefaultAnnounceInterval));
            if (parse.GetValue(Platform) is { } requested && requested != local.Platform.Name)
            {
                console.Error.WriteLine($"error: --platform {requested} needs --facts: this machine is {local.Platform.Name}");
                return null;
            }

            return new Target(local.Platform, local.Observer, local);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or PlatformNotSupportedException)
        {
            console.Error.WriteLine($"error: {ErrorSentence.Of(ex)}");
            return null;
        }
    }
}
