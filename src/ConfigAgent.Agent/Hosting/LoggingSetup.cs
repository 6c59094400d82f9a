using ConfigAgent.Agent.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace ConfigAgent.Agent.Hosting;

/// <summary>
/// Serilog for the agent: console, and a daily rolling file when asked, as text or as one JSON
/// object per event for log shippers. Events keep their message templates and properties.
/// The host takes the logger with Serilog.Extensions.Hosting's AddSerilog (AgentHost).
/// </summary>
public static class LoggingSetup
{
    private const string Template = "[{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <param name="file">Where the rolling file really is (<see cref="LoggingSettings.File"/> under the agent's root); null writes none.</param>
    public static Serilog.Core.Logger Create(LoggingSettings settings, string? file)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(Level(settings.Level))
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        var json = new JsonFormatter(renderMessage: true);
        configuration = settings.Json
            ? configuration.WriteTo.Console(json)
            : configuration.WriteTo.Console(outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        if (file is not null)
        {
            configuration = settings.Json
                ? configuration.WriteTo.File(json, file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: settings.RetainedFiles)
                : configuration.WriteTo.File(file, outputTemplate: Template, rollingInterval: RollingInterval.Day, retainedFileCountLimit: settings.RetainedFiles);
        }

        return configuration.CreateLogger();
    }

    private static LogEventLevel Level(string level) => level.ToLowerInvariant() switch
    {
        "verbose" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        "fatal" => LogEventLevel.Fatal,
        _ => LogEventLevel.Information,
    };
}
