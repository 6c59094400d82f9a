using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests;

/// <summary>Runs the CLI in process with captured output, from the repository root so paths read as in the README.</summary>
internal static class CliRun
{
    public static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "ConfigAgent.Cli.Tests", "Fixtures", name);

    public static (int ExitCode, string Out, string Error) Run(bool color, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = RepositoryPaths.Root;
        try
        {
            var code = ConfigAgentCli.Run(args, new CliConsole(output, error, color, new Dictionary<string, string>()));
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(false, args);
}
