using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Git;
using ConfigAgent.Agent.Metrics;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using ConfigAgent.Agent.Watching;
using ConfigAgent.Platforms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Serilog;

namespace ConfigAgent.Agent.Hosting;

/// <summary>
/// Builds the agent: Microsoft.Extensions.Hosting with Serilog, Quartz.NET's scheduler (one job:
/// converge; a schedule trigger and a start-up run), the kernel-event and desired-state watchers,
/// and everything a run writes (reports, metrics). SIGTERM stops it gracefully.
/// </summary>
public static class AgentHost
{
    public static IHost Build(AgentConfiguration configuration, TimeProvider clock, Random random, IDesiredStateSource? source = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(LoggingSetup.Create(configuration.Logging), dispose: true);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);

        var host = PlatformCatalog.Local(new LocalHostOptions(configuration.Root, configuration.StateDirectory, clock, configuration.AnnounceInterval)
        {
            Labels = configuration.Labels,
        });
        var services = builder.Services;
        services.AddSingleton(configuration);
        services.AddSingleton(clock);
        services.AddSingleton(host);
        services.AddSingleton(source ?? DesiredStateSource(configuration, host, clock));
        services.AddSingleton(new ReportStore(host.Files, configuration.StateDirectory, configuration.ReportsKept));
        if (configuration.MetricsTextfile is { } textfile)
        {
            services.AddSingleton(new PrometheusTextfile(host.Files, textfile));
        }

        services.AddSingleton<RunStatistics>();
        services.AddSingleton(new RunRequests(configuration.EventDebounce, clock));
        services.AddSingleton(new Splay(configuration.Schedule.Splay, random));
        services.AddSingleton(sp => new AgentRunner(
            configuration,
            sp.GetRequiredService<IDesiredStateSource>(),
            host,
            sp.GetRequiredService<ReportStore>(),
            sp.GetService<PrometheusTextfile>(),
            sp.GetRequiredService<RunStatistics>(),
            sp.GetRequiredService<ILogger<AgentRunner>>(),
            clock,
            new RunMemory(sp.GetRequiredService<ILogger<RunMemory>>())));
        services.AddSingleton<IAgentRun>(sp => sp.GetRequiredService<AgentRunner>());

        services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(clock);
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = 2);
            quartz.AddJob<ConvergeJob>(job => job.WithIdentity(AgentSchedule.Job).StoreDurably());
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<ScheduleInstaller>();
        if (configuration.AddressEvents)
        {
            services.AddHostedService<AddressWatcher>();
        }

        if (configuration.DesiredStatePaths.Count > 0)
        {
            services.AddHostedService<DesiredStateWatcher>();
        }

        services.AddHostedService<SystemdNotifier>();
        return builder.Build();
    }

    private static IDesiredStateSource DesiredStateSource(AgentConfiguration configuration, LocalHost host, TimeProvider clock)
    {
        var lastGood = new LastGoodStore(host.Files, configuration.StateDirectory);
        if (configuration.Git is not { } git)
        {
            return new FileDesiredStateSource(configuration.DesiredStatePaths, lastGood);
        }

        // git works on real paths: the state directory as it lies under --root.
        var repository = Path.GetFullPath(Path.Join(host.Files.Root, configuration.StateDirectory, "git"));
        return new GitDesiredStateSource(git, new GitRepository(host.Commands, repository), lastGood, clock);
    }
}
