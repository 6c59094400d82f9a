using System.Diagnostics;
using ConfigAgent.Graph;
using ConfigAgent.HostAccess;

namespace ConfigAgent.Platforms.Local;

/// <summary>
/// Runs programs on this machine: the program and each argument go to the OS as a list
/// (<see cref="ProcessStartInfo.ArgumentList"/>), never through a shell, with standard output
/// and error captured and a time limit after which the process tree is killed.
/// </summary>
internal sealed class ProcessCommandRunner : ICommandRunner
{
    public CommandResult Run(CommandLine command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(command.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in command.Environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new HostAccessException($"cannot run {command.Program}: {ErrorSentence.Of(ex)}", ex);
        }

        // Nothing is ever fed to a command: a program that asks for input must not wait for it.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new HostAccessException($"`{command}` did not finish within {timeout.TotalSeconds:0.#} s and was stopped");
        }

        return new CommandResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
