using System.CommandLine;
using ConfigAgent.Cli.Hosting;
using ConfigAgent.Engine;
using ConfigAgent.Output.Apply;
using ConfigAgent.Output.Plans;

namespace ConfigAgent.Cli.Commands;

/// <summary>
/// <c>configagent apply FILE...</c>: computes the plan exactly as <c>plan</c> does, under the host's
/// run lock, and executes it in order, verifying and, on failure, rolling back.
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(CliConsole console)
    {
        var files = CommonOptions.Files();
        var target = new TargetOptions();
        var format = CommonOptions.Format(ApplyFormats.All);
        var detailed = CommonOptions.DetailedExitCode("something changed");
        var allowMassRemoval = CommonOptions.AllowMassRemoval();
        var noRollback = new Option<bool>("--no-rollback") { Description = "Keep the changes already made when a step fails (default: undo them in reverse order)" };
        var lockTimeout = new Option<double>("--lock-timeout") { Description = "Seconds to wait for another run (CLI or agent) to finish", DefaultValueFactory = _ => 30 };
        var announceInterval = new Option<int>("--announce-interval") { Description = "Milliseconds between two gratuitous ARPs for an HA VIP", DefaultValueFactory = _ => 200 };
        var stepDelay = new Option<int>("--step-delay")
        {
            Description = "Milliseconds to pause after each step, to watch every intermediate state (diagnostics and lab tests)",
            Hidden = true,
        };
        var command = new Command("apply", "Converge this host to the desired state: the plan's changes, in order, verified, rolled back on failure")
        {
            files, format, detailed, allowMassRemoval, noRollback, lockTimeout, announceInterval, stepDelay,
        };
        target.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse,
            console,
            new ApplyRequest(
                parse.GetValue(files)!,
                target,
                parse.GetValue(format)!,
                parse.GetValue(detailed),
                new ApplyOptions(!parse.GetValue(noRollback), TimeSpan.FromMilliseconds(parse.GetValue(stepDelay))),
                TimeSpan.FromSeconds(parse.GetValue(lockTimeout)),
                TimeSpan.FromMilliseconds(parse.GetValue(announceInterval)),
                parse.GetValue(allowMassRemoval)),
            cancellationToken)));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console, ApplyRequest request, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var session = HostSession.Open(parse, request.Files, request.Target, console, clock, readOnly: false, request.AnnounceInterval);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        if (session.Target.Live is not { } live)
        {
            console.Error.WriteLine("error: apply changes the machine it runs on; --facts plans other hosts (use plan)");
            return ExitCodes.Failure;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            // Without root, show what would change and say why nothing did.
            var preview = session.LoadLedger() is { } previewLedger ? session.Plan(previewLedger, request.AllowMassRemoval) : null;
            if (preview is null || !preview.Plan.HasChanges)
            {
                return preview is null ? ExitCodes.Failure : Report(console, request, new ApplyResult(preview.Plan, ApplyOutcome.NoChanges, [], TimeSpan.Zero));
            }

            console.Out.Write(PlanTextRenderer.Render(preview.Plan, console.Color));
            console.Error.WriteLine("error: apply needs root to change the host: nothing was changed (run it with sudo, or use plan)");
            return ExitCodes.Failure;
        }

        var convergence = new Convergence(live.Platform, live.Observer, live.Executor, live.Ledger, live.RunLock, clock);
        var result = convergence.Run(
            session.Documents,
            new ConvergenceOptions(RunMode.Enforce, request.Options, request.LockTimeout, session.Hostname, session.Templates, request.AllowMassRemoval),
            cancellationToken);
        DiagnosticOutput.Write(console.Error, result.Diagnostics);
        if (result.Error is { } error)
        {
            console.Error.WriteLine($"error: {error}");
            return ExitCodes.Failure;
        }

        return result.Applied is { } applied ? Report(console, request, applied) : ExitCodes.Failure;
    }

    private static int Report(CliConsole console, ApplyRequest request, ApplyResult result)
    {
        console.Out.Write(ApplyFormats.All.Render(result, request.Format, console.Color));
        if (!result.Succeeded)
        {
            return ExitCodes.Failure;
        }

        return request.DetailedExitCode && result.Changed ? ExitCodes.Changes : ExitCodes.Success;
    }

    private sealed record ApplyRequest(
        string[] Files,
        TargetOptions Target,
        string Format,
        bool DetailedExitCode,
        ApplyOptions Options,
        TimeSpan LockTimeout,
        TimeSpan AnnounceInterval,
        bool AllowMassRemoval);
}
