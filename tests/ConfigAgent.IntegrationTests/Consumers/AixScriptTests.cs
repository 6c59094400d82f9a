using ConfigAgent.IntegrationTests.Persistence;
namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// AIX runs the alias script from /etc/rc.d/rc2.d (or the block of /etc/rc.net) with its shell,
/// a ksh: `ksh -n` parses it as that shell does, and shellcheck finds nothing to say about it in
/// the sh dialect its first line names nor as ksh. The rc2 link must lead to the script.
/// </summary>
public sealed class AixScriptTests(RenderedCases cases)
{
    public static TheoryData<string> Cases => RenderCase.Producing(IsScript);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ksh_parses_the_script(string name)
    {
        var ksh = Consumer.Ksh.Path;
        var rendered = cases.Get(name);

        foreach (var script in rendered.Select(IsScript))
        {
            ConsumerProcess.Run(ksh, ["-n", rendered.Local(script)]).AssertClean($"ksh -n {script}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shellcheck_finds_nothing_in_the_script_as_sh_or_as_ksh(string name)
    {
        var shellcheck = Consumer.Shellcheck.Path;
        var rendered = cases.Get(name);

        foreach (var script in rendered.Select(IsScript))
        {
            foreach (var shell in (string[])["sh", "ksh"])
            {
                ConsumerProcess.Run(shellcheck, [$"--shell={shell}", "--severity=style", rendered.Local(script)]).AssertClean($"shellcheck --shell={shell} {script}");
            }
        }
    }

    public static TheoryData<string> Rc2Cases => RenderCase.Producing(path => path == ArtefactPaths.Rc2Link);

    [Theory]
    [MemberData(nameof(Rc2Cases))]
    public void The_rc2_link_leads_to_the_script_that_names_its_shell(string name)
    {
        var rendered = cases.Get(name);

        Assert.Equal(ArtefactPaths.Rc2Script, new FileInfo(rendered.Local(ArtefactPaths.Rc2Link)).LinkTarget);
        Assert.StartsWith("#!/bin/sh\n", rendered.Text(ArtefactPaths.Rc2Script), StringComparison.Ordinal);
    }

    private static bool IsScript(string path) => path is ArtefactPaths.Rc2Script or ArtefactPaths.RcNet;
}
