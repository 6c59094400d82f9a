namespace ConfigAgent.Cli.Tests.Commands;

/// <summary>Every <c>--format</c> option says which formats it takes and refuses the others.</summary>
[Collection(nameof(CurrentDirectory))]
public sealed class FormatOptionTests
{
    [Theory]
    [InlineData("plan", "text, json, markdown")]
    [InlineData("apply", "text, json")]
    [InlineData("graph", "text, dot")]
    [InlineData("hosts", "text, json, markdown")]
    [InlineData("status", "text, json")]
    public void The_help_lists_the_formats_of_the_command(string command, string formats)
    {
        var (code, output, _) = CliRun.Run(command, "--help");

        Assert.Equal(0, code);
        Assert.Contains($"Output format: {formats} [default: text]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "examples/dsr-realserver.yaml")]
    [InlineData("graph", "examples/dsr-realserver.yaml")]
    [InlineData("status")]
    public void A_format_the_command_does_not_have_is_refused_with_the_ones_it_has(params string[] command)
    {
        var (code, _, error) = CliRun.Run([.. command, "--format", "yaml"]);

        Assert.Equal(1, code);
        Assert.StartsWith("Argument 'yaml' not recognized. Must be one of:\n\t'text'\n", error, StringComparison.Ordinal);
    }
}
