using System.ComponentModel;
using System.Runtime.InteropServices;

namespace ConfigAgent.IntegrationTests.Lab;

/// <summary>
/// kill(2) for lab processes: .NET can only SIGKILL a process, and the agent's graceful stop is
/// what systemd asks for with SIGTERM.
/// </summary>
internal static partial class ProcessSignals
{
    // asm-generic/signal.h
    public const int SigHup = 1;
    public const int SigKill = 9;
    public const int SigStop = 19;
    public const int SigTerm = 15;
    private const int NoSuchProcess = 3;

    /// <summary>Sends SIGTERM; false when the process is already gone.</summary>
    public static bool Terminate(int pid) => Send(pid, SigTerm);

    /// <summary>Sends <paramref name="signal"/>; false when the process is already gone.</summary>
    public static bool Send(int pid, int signal)
    {
        if (kill(pid, signal) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == NoSuchProcess ? false : throw new Win32Exception(error, $"kill {pid} signal {signal}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
