using ConfigAgent.Testing;
using YamlDotNet.RepresentationModel;

namespace ConfigAgent.Cli.Tests.Workflow;

/// <summary>The reusable workflow runs the script <see cref="PlanScriptTests"/> runs, with its inputs.</summary>
public sealed class PlanWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load(".github/workflows/configagent-plan.yml");

    [Fact]
    public void The_workflow_is_called_by_other_workflows_with_its_inputs()
    {
        var inputs = Map(Map(Map(Workflow, "on"), "workflow_call"), "inputs");

        Assert.Equal(["documents", "facts-dir", "configagent-repository", "configagent-ref", "comment"], inputs.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("desired-state", Text(Map(inputs, "documents"), "default"));
        Assert.Equal("facts", Text(Map(inputs, "facts-dir"), "default"));
    }

    [Fact]
    public void The_plan_step_runs_the_script_with_the_inputs()
    {
        var step = Step("Plan");
        var environment = Map(step, "env");

        Assert.Equal("bash .configagent/.github/scripts/configagent-plan.sh plan", Text(step, "run"));
        Assert.Equal("${{ inputs.documents }}", Text(environment, "DOCUMENTS"));
        Assert.Equal("${{ inputs.facts-dir }}", Text(environment, "FACTS_DIR"));
        Assert.Equal("${{ runner.temp }}/configagent/configagent", Text(environment, "CONFIGAGENT"));
        Assert.True(File.Exists(PlanScript.Script));
    }

    [Fact]
    public void The_configagent_built_is_the_repository_and_ref_asked_for()
    {
        var checkout = Map(Step("Check out ConfigAgent"), "with");

        Assert.Equal("${{ inputs.configagent-repository }}", Text(checkout, "repository"));
        Assert.Equal("${{ inputs.configagent-ref }}", Text(checkout, "ref"));
        Assert.Contains("-o \"$RUNNER_TEMP/configagent\"", Text(Step("Build configagent"), "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_comment_step_is_skipped_for_forks_and_reads_the_plan_step_wrote()
    {
        var step = Step("Comment on the pull request");

        Assert.Equal("bash .configagent/.github/scripts/configagent-plan.sh comment", Text(step, "run"));
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", Text(step, "if"), StringComparison.Ordinal);
        Assert.Contains("inputs.comment", Text(step, "if"), StringComparison.Ordinal);
        Assert.Equal(Text(Map(Step("Plan"), "env"), "PLAN_FILE"), Text(Map(step, "env"), "PLAN_FILE"));
        Assert.Equal("write", Text(Map(Workflow, "permissions"), "pull-requests"));
    }

    [Fact]
    public void The_example_repository_calls_the_workflow_with_inputs_it_has_and_paths_that_exist()
    {
        var job = Map(Map(Load("examples/gitops/.github/workflows/plan.yml"), "jobs"), "plan");
        var inputs = Map(Map(Map(Workflow, "on"), "workflow_call"), "inputs");
        var with = Map(job, "with");

        Assert.EndsWith("/.github/workflows/configagent-plan.yml@main", Text(job, "uses"), StringComparison.Ordinal);
        Assert.All(with.Children.Keys, key => Assert.True(inputs.Children.ContainsKey(key), $"the workflow has no input {key}"));
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Examples, "gitops", Text(with, "documents"))));
        Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Examples, "gitops", Text(with, "facts-dir"))));
    }

    [Fact]
    public void This_repositorys_own_ci_does_not_run_the_reusable_workflow()
    {
        var ci = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "ci.yml"));

        Assert.DoesNotContain("configagent-plan", ci, StringComparison.Ordinal);
        Assert.Equal(["workflow_call"], Map(Workflow, "on").Children.Keys.Select(k => k.ToString()));
    }

    private static YamlMappingNode Step(string name) =>
        ((YamlSequenceNode)Map(Map(Workflow, "jobs"), "plan").Children[new YamlScalarNode("steps")])
            .Children.OfType<YamlMappingNode>()
            .Single(s => s.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n.ToString() == name);

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, path));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
