using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests;

/// <summary>The reading <see cref="AgentFolderTests"/> relies on: it finds a cycle when there is one, and only then.</summary>
public sealed class FolderGraphTests
{
    [Fact]
    public void Two_folders_that_name_each_others_types_are_a_cycle()
    {
        var graph = FolderGraph.FromSources(
        [
            ("Runs/RunReport.cs", "namespace X.Runs;\npublic sealed record RunReport(string Host);\n"),
            ("Reports/ReportStore.cs", "namespace X.Reports;\npublic sealed class ReportStore { public RunReport? Last() => null; }\n"),
            ("Runs/RunTrigger.cs", "namespace X.Runs;\npublic enum RunTrigger { Startup }\ninternal static class Uses { static ReportStore? Store; }\n"),
        ]);

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["Reports", "Runs"], cycle);
        Assert.Equal("Reports -> Runs (RunReport); Runs -> Reports (ReportStore)", graph.Describe(cycle));
    }

    [Fact]
    public void A_dependency_one_way_is_no_cycle()
    {
        var graph = FolderGraph.FromSources(
        [
            ("Runs/RunReport.cs", "public sealed record RunReport(string Host);\n"),
            ("Reports/ReportStore.cs", "public sealed class ReportStore { public RunReport? Last() => null; }\n"),
        ]);

        Assert.Empty(graph.Cycles());
        Assert.Equal(["RunReport"], graph.Uses("Reports", "Runs"));
    }

    [Fact]
    public void A_type_named_only_in_comments_or_strings_is_no_dependency()
    {
        var graph = FolderGraph.FromSources(
        [
            ("Runs/RunReport.cs", "/// <see cref=\"ReportStore\"/>\npublic sealed record RunReport(string Host) { string S => \"ReportStore\"; char C => '\"'; /* ReportStore */ }\n"),
            ("Reports/ReportStore.cs", "public sealed class ReportStore { public RunReport? Last() => null; }\n"),
        ]);

        Assert.Empty(graph.Cycles());
        Assert.Empty(graph.Uses("Runs", "Reports"));
    }
}
