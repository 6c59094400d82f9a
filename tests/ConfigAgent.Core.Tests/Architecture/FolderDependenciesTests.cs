using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Architecture;

/// <summary>
/// The folders of ConfigAgent.Core are the stages of the pipeline and what they share: each may
/// use the ones before it, never the other way round (issue 14). A folder cycle that comes back
/// fails here with the types that close it.
/// </summary>
public sealed class FolderDependenciesTests : IDisposable
{
    private readonly string _tree = Path.Combine(Path.GetTempPath(), "configagent-folders-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_tree))
        {
            Directory.Delete(_tree, recursive: true);
        }
    }

    [Fact]
    public void Core_has_no_folder_cycle()
    {
        var dependencies = FolderDependencies.Read(Path.Combine(RepositoryPaths.Root, "src", "ConfigAgent.Core"));

        var cycles = dependencies.Cycles();

        Assert.True(cycles.Count == 0, "Folder cycles in src/ConfigAgent.Core (move the type that closes each to the folder it belongs to):\n"
            + string.Join("\n", cycles.Select(c => $"{string.Join(", ", c)}:\n{dependencies.Describe(c)}")));
    }

    [Fact]
    public void Core_is_read_as_its_stage_folders()
    {
        var dependencies = FolderDependencies.Read(Path.Combine(RepositoryPaths.Root, "src", "ConfigAgent.Core"));

        Assert.Contains("Loading", dependencies.Folders);
        Assert.Contains("Loading/Binding", dependencies.Folders);
        Assert.Equal(["DocumentBinder"], dependencies.TypesUsed("Loading", "Loading/Binding"));
        Assert.Empty(dependencies.TypesUsed("Loading/Binding", "Validation"));
    }

    [Fact]
    public void Two_folders_that_use_each_other_are_a_cycle()
    {
        Write("Planning/Planner.cs", "namespace X.Planning;\npublic sealed class Planner(Ledger ledger);\n");
        Write("Ownership/Ledger.cs", "namespace X.Ownership;\npublic sealed class Ledger { public string Text => JsonText.Write(); }\n");
        Write("Output/JsonText.cs", "namespace X.Output;\ninternal static class JsonText { public static string Write() => new Planner(null!).ToString(); }\n");

        var dependencies = FolderDependencies.Read(_tree);

        var cycle = Assert.Single(dependencies.Cycles());
        Assert.Equal(["Output", "Ownership", "Planning"], cycle);
        Assert.Equal("  Output -> Planning [Planner]\n  Ownership -> Output [JsonText]\n  Planning -> Ownership [Ledger]", dependencies.Describe(cycle));
    }

    [Fact]
    public void Use_in_one_direction_is_no_cycle()
    {
        Write("Planning/Planner.cs", "namespace X.Planning;\npublic sealed class Planner(Ledger ledger);\n");
        Write("Ownership/Ledger.cs", "namespace X.Ownership;\npublic sealed class Ledger;\n");

        var dependencies = FolderDependencies.Read(_tree);

        Assert.Empty(dependencies.Cycles());
        Assert.Equal(["Ledger"], dependencies.TypesUsed("Planning", "Ownership"));
    }

    [Fact]
    public void A_name_in_a_comment_or_a_string_is_no_use()
    {
        Write("Planning/Planner.cs", "namespace X.Planning;\n/// <summary>Uses <see cref=\"Ledger\"/>.</summary>\npublic sealed class Planner { string A => \"Ledger\"; /* Ledger */ }\n");
        Write("Ownership/Ledger.cs", "namespace X.Ownership;\npublic sealed class Ledger { Planner? _planner; }\n");

        var dependencies = FolderDependencies.Read(_tree);

        Assert.Empty(dependencies.Cycles());
        Assert.Empty(dependencies.TypesUsed("Planning", "Ownership"));
    }

    private void Write(string path, string code)
    {
        var full = Path.Combine(_tree, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, code);
    }
}
