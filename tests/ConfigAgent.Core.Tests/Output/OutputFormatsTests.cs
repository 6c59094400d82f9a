using ConfigAgent.Output;
using ConfigAgent.Output.Apply;
using ConfigAgent.Output.Fleet;
using ConfigAgent.Output.Graph;
using ConfigAgent.Output.Plans;

namespace ConfigAgent.Core.Tests.Output;

/// <summary>The one table of formats per subject that <c>--format</c> reads.</summary>
public sealed class OutputFormatsTests
{
    private static readonly OutputFormats<int> Numbers = new(
        new("text", (n, color) => color ? $"\e[1m{n}\e[0m" : $"{n}"),
        new("json", (n, _) => $"{{\"n\": {n}}}"));

    [Fact]
    public void The_first_format_is_the_default_and_names_keep_their_order()
    {
        Assert.Equal("text", Numbers.Default);
        Assert.Equal(["text", "json"], Numbers.Names);
    }

    [Fact]
    public void A_subject_renders_with_the_renderer_of_the_named_format_and_the_colour_flag()
    {
        Assert.Equal("{\"n\": 7}", Numbers.Render(7, "json", color: true));
        Assert.Equal("\e[1m7\e[0m", Numbers.Render(7, "text", color: true));
        Assert.Equal("7", Numbers.Render(7, "text", color: false));
    }

    [Fact]
    public void A_format_the_table_does_not_have_is_an_error_that_lists_the_ones_it_has()
    {
        var error = Assert.Throws<ArgumentException>(() => Numbers.Render(7, "yaml", color: false));

        Assert.StartsWith("'yaml' is not one of the formats text, json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_and_fleet_plan_share_one_option_so_they_have_the_same_formats() =>
        Assert.Equal(PlanFormats.All.Names, FleetPlanFormats.All.Names);

    [Fact]
    public void Every_subject_defaults_to_text()
    {
        Assert.Equal(
            ["text", "text", "text", "text", "text"],
            [PlanFormats.All.Default, FleetPlanFormats.All.Default, ApplyFormats.All.Default, HostsFormats.All.Default, GraphFormats.All.Default]);
    }
}
