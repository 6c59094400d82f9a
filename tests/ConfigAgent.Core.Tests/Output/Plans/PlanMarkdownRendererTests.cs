using System.Net;
using System.Text.RegularExpressions;
using ConfigAgent.Documents;
using ConfigAgent.Facts;
using ConfigAgent.Graph;
using ConfigAgent.Observation;
using ConfigAgent.Output.Plans;
using ConfigAgent.Planning;
using ConfigAgent.Testing;

namespace ConfigAgent.Core.Tests.Output.Plans;

/// <summary>
/// The markdown plan shows every value as it is on GitHub: inside a code span nothing is decoded,
/// so '&lt;' must stay '&lt;' and not become '&amp;lt;' (issue 18); checked in the markdown and,
/// where cmark-gfm is installed, in the HTML GitHub's parser makes of it.
/// </summary>
public sealed partial class PlanMarkdownRendererTests
{
    private const string Title = "adapter <the adapter devcon adds>";
    private const string Before = "&lt;literal | `ticked` ``twice``";
    private const string After = "`starts and ends`";
    private const string Adapter = "name=<the adapter devcon adds>";

    private static readonly CommandLine Rename = new("netsh", "interface", "set", "interface", Adapter, "newname=Lo$env:PATH") { Quoting = CommandQuoting.Windows };

    private static Plan PlanOf(string host = "web-01")
    {
        var resource = new TitledResource(Title) { Origin = Diagnostics.SourceSpan.None("test"), Purpose = "test" };
        var change = new Change(resource, ChangeAction.Create, Before, After, "missing <b>now</b>")
        {
            Commands = [Rename],
            Diff = "--- a\n+++ b\n+```\n+x\n",
        };
        return new Plan
        {
            Host = host,
            Platform = "windows",
            Revision = "xxh128:0123456789abcdef",
            Documents = ["web|pool"],
            ObservedFrom = "facts.json",
            Resources = [resource],
            Changes = [change],
        };
    }

    [Fact]
    public void Code_spans_hold_the_text_as_it_is_with_only_the_table_pipes_escaped()
    {
        var markdown = PlanMarkdownRenderer.Render(PlanOf());

        Assert.Contains(
            "| 1 | `+` | `adapter <the adapter devcon adds>` | ``` &lt;literal \\| `ticked` ``twice`` ``` | `` `starts and ends` `` | missing &lt;b>now&lt;/b> — test (`test`)"
            + "<br>runs (PowerShell) `netsh interface set interface \"name=<the adapter devcon adds>\" 'newname=Lo$env:PATH'`"
            + "<br>runs (cmd.exe) `netsh interface set interface \"name=<the adapter devcon adds>\" \"newname=Lo$env:PATH\"` |\n",
            markdown);
        Assert.Contains("<details><summary>1. adapter &lt;the adapter devcon adds&gt;</summary>\n\n````diff\n--- a\n+++ b\n+```\n+x\n````\n", markdown);
    }

    [Fact]
    public async Task GitHubs_parser_shows_every_value_and_command_as_it_is()
    {
        if (CmarkGfm.MissingReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var html = await CmarkGfm.RenderAsync(PlanMarkdownRenderer.Render(PlanOf("web-<img src=x>`01")), TestContext.Current.CancellationToken);

        var codes = CodeElement().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(
            [
                "web-<img src=x>`01", "0123456789ab", "web|pool", "+", Title, Before, After, "test",
                "netsh interface set interface \"name=<the adapter devcon adds>\" 'newname=Lo$env:PATH'",
                "netsh interface set interface \"name=<the adapter devcon adds>\" \"newname=Lo$env:PATH\"",
                "--- a\n+++ b\n+```\n+x\n",
            ],
            codes);
        Assert.Contains("<td>missing &lt;b&gt;now&lt;/b&gt; — test (<code>test</code>)<br>runs (PowerShell) <code>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("&amp;lt;the adapter", html);
    }

    [Fact]
    public void Every_field_and_hostile_text_render_in_their_cells() =>
        Golden.Verify(PlanMarkdownRenderer.Render(OutputSamples.Plan()), "plan-every-field.md");

    [GeneratedRegex("<code(?: class=\"[^\"]*\")?>(.*?)</code>", RegexOptions.Singleline)]
    private static partial Regex CodeElement();

    private sealed class TitledResource(string title) : Resource
    {
        public override ResourceId Id { get; } = new("fake:titled");

        public override Ensure Ensure => Ensure.Present;

        public override ResourceSide Side => ResourceSide.Runtime;

        public override string Title { get; } = title;

        public override int Rank => 0;

        public override void Scope(ObservationScope scope)
        {
        }

        public override Change? Test(HostFacts facts) => null;
    }
}
