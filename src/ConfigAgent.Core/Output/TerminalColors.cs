namespace ConfigAgent.Output;

/// <summary>The text renderers' palette: ANSI colours when the terminal takes them (not NO_COLOR, not a pipe), else plain text.</summary>
internal readonly record struct TerminalColors(bool Enabled)
{
    public const string Bold = "\e[1m";
    public const string Dim = "\e[2m";
    public const string Red = "\e[31m";
    public const string Green = "\e[32m";
    public const string Yellow = "\e[33m";

    /// <summary>No colour: for a word that stands out by its place alone.</summary>
    public const string None = "";

    private const string Reset = "\e[0m";

    public string Paint(string code, string value) => Enabled && code.Length > 0 ? code + value + Reset : value;
}
