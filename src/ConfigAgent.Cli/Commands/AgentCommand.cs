using System.CommandLine;
using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Hosting;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runner;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Diagnostics;
using ConfigAgent.HostAccess;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConfigAgent.Cli.Commands;

/// <summary>
/// <c>configagent agent --config FILE</c>: the long-running agent (a systemd service), or with
/// <c>--once</c> a single run as the agent does it; <c>--check</c> only validates the configuration.
/// </summary>
internal static class AgentCommand
{
    public static Command Create(CliConsole console)
    {
        var config = new Option<string>("--config") { Description = "The agent configuration file", DefaultValueFactory = _ => AgentConfiguration.DefaultPath };
        var once = new Option<bool>("--once") { Description = "Run once, as the agent would, and exit (0 in sync or converged, 2 drift found in audit mode, 1 failed or the newest desired state refused)" };
        var check = new Option<bool>("--check") { Description = "Validate the configuration and exit" };
        var command = new Command("agent", "Run the agent: converge on a schedule and on kernel events, report drift") { config, once, check };
        command.SetAction((parse, cancellationToken) => Run(console, parse.GetValue(config)!, parse.GetValue(once), parse.GetValue(check), cancellationToken));
        return command;
    }

    private static async Task<int> Run(CliConsole console, string path, bool once, bool check, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        AgentConfiguration? configuration = null;
        try
        {
            configuration = new AgentConfigurationLoader().Load(path, await File.ReadAllTextAsync(path, cancellationToken), diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceSpan.None(path), $"cannot read the agent configuration: {ErrorSentence.Of(ex, path)}");
        }

        DiagnosticOutput.Write(console.Error, diagnostics);
        if (configuration is null)
        {
            return ExitCodes.Failure;
        }

        if (check)
        {
            console.Out.WriteLine($"valid: {path}");
            return ExitCodes.Success;
        }

        using var host = AgentHost.Build(configuration, TimeProvider.System, Random.Shared);
        if (once)
        {
            var report = host.Services.GetRequiredService<AgentRunner>().Run(RunTrigger.Startup, cancellationToken);
            console.Out.Write(RunReportTextRenderer.Render(report));
            return StatusOutput.ExitCode(report);
        }

        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
