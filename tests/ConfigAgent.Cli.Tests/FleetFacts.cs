using ConfigAgent.Testing;

namespace ConfigAgent.Cli.Tests;

/// <summary>A throwaway facts directory built from the example fleet's facts files, deleted on dispose.</summary>
internal sealed class FleetFacts : IDisposable
{
    public const string Documents = "examples/gitops/desired-state";

    public const string ExampleDirectory = "examples/gitops/facts";

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"configagent-facts-{Guid.NewGuid():N}");

    public FleetFacts() => System.IO.Directory.CreateDirectory(Directory);

    /// <summary>Copies the example host <paramref name="host"/> into the directory, as <paramref name="file"/> when given.</summary>
    public FleetFacts With(string host, string? file = null, Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ExampleDirectory, host + ".json"));
        File.WriteAllText(Path.Combine(Directory, file ?? host + ".json"), edit is null ? text : edit(text));
        return this;
    }

    public FleetFacts WithFile(string file, string text)
    {
        File.WriteAllText(Path.Combine(Directory, file), text);
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
