using ConfigAgent.Agent.Configuration;
using ConfigAgent.Agent.Git;
using ConfigAgent.Agent.Metrics;
using ConfigAgent.Agent.Reports;
using ConfigAgent.Agent.Runner;
using ConfigAgent.Agent.Runs;
using ConfigAgent.Agent.Scheduling;
using ConfigAgent.Agent.Sources;
using ConfigAgent.Agent.Watching;
using ConfigAgent.Platforms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Quartz;
using Serilog;

namespace ConfigAgent.Agent.Hosting;

/// <summary>
/// Builds the agent: Microsoft.Extensions.Hosting with Serilog, Quartz.NET's scheduler (one job:
/// converge; a schedule trigger and a start-up run), the kernel-event and desired-state watchers,
/// and everything a run writes (reports, metrics). Under systemd it is a Type=notify service with
/// a watchdog fed on the scheduler's health. SIGTERM stops it gracefully.
/// </summary>
public static class AgentHost
{
    /// <param name="systemd">
    /// Talk to systemd on $NOTIFY_SOCKET (READY=1, STOPPING=1) even when it is not the parent
    /// process: a test that plays systemd. Otherwise Microsoft.Extensions.Hosting.Systemd decides.
    /// </param>
    public static IHost Build(AgentConfiguration configuration, TimeProvider clock, Random random, IDesiredStateSource? source = null, bool systemd = false)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var services = builder.Services;
        var logFile = configuration.Logging.File is { } file ? configuration.RealPath(file) : null;
        services.AddSerilog(LoggingSetup.Create(configuration.Logging, logFile), dispose: true);

        // Under systemd (its child, or PID 1 of a container given $NOTIFY_SOCKET) this replaces
        // the console lifetime with SystemdLifetime: READY=1 once every hosted service has
        // started, so once the scheduler runs; STOPPING=1 on SIGTERM.
        services.AddSystemd();
        if (systemd)
        {
            services.AddSingleton<ISystemdNotifier, SystemdNotifier>();
            services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }

        var host = PlatformCatalog.Local(new LocalHostOptions(configuration.Root, configuration.StateDirectory, clock, configuration.AnnounceInterval)
        {
            Labels = configuration.Labels,
        });
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
        services.AddSingleton<FailoverAddresses>();
        services.AddSingleton(new RunRequests(configuration.EventDebounce, clock));
        services.AddSingleton(new RunSplay(configuration.Schedule.Splay, random));
        services.AddSingleton(new SchedulerLiveness(clock, configuration.LongestRun));
        services.AddSingleton(sp => new AgentRunner(
            configuration,
            sp.GetRequiredService<IDesiredStateSource>(),
            host,
            sp.GetRequiredService<ReportStore>(),
            sp.GetService<PrometheusTextfile>(),
            sp.GetRequiredService<RunStatistics>(),
            sp.GetRequiredService<ILogger<AgentRunner>>(),
            clock,
            new RunMemory(sp.GetRequiredService<ILogger<RunMemory>>()),
            sp.GetRequiredService<FailoverAddresses>()));
        services.AddSingleton<IAgentRun>(sp => sp.GetRequiredService<AgentRunner>());

        services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(clock);
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = 2);
            quartz.AddJob<ConvergeJob>(job => job.WithIdentity(AgentSchedule.Job).StoreDurably());
            quartz.AddJob<HeartbeatJob>(job => job.WithIdentity(AgentSchedule.HeartbeatJob).StoreDurably());
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        if (WatchdogInterval.FromEnvironment() is { } watchdog)
        {
            services.AddSingleton(watchdog);
            services.AddHostedService(sp => new SystemdWatchdog(
                sp.GetService<ISystemdNotifier>() ?? new SystemdNotifier(),
                watchdog,
                sp.GetRequiredService<SchedulerLiveness>(),
                clock,
                sp.GetRequiredService<ILogger<SystemdWatchdog>>()));
        }

        services.AddHostedService<ScheduleInstaller>();
        if (configuration.AddressEvents)
        {
            services.AddHostedService<AddressWatcher>();
        }

        if (configuration.DesiredStatePaths.Count > 0)
        {
            services.AddHostedService<DesiredStateWatcher>();
        }

        return builder.Build();
    }

    private static IDesiredStateSource DesiredStateSource(AgentConfiguration configuration, LocalHost host, TimeProvider clock)
    {
        var lastGood = new LastGoodStore(host.Files, configuration.StateDirectory);
        var reader = new DesiredStateReader();
        if (configuration.Git is not { } git)
        {
            return new FileDesiredStateSource([.. configuration.DesiredStatePaths.Select(configuration.RealPath)], lastGood, reader);
        }

        // git works on real paths: the state directory as it lies under the root.
        var repository = configuration.RealPath(Path.Join(configuration.StateDirectory, "git"));
        return new GitDesiredStateSource(git, new GitRepository(host.Commands, repository), lastGood, reader, clock, configuration.AllowMassRemoval);
    }
}
