namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>What one render wrote: <see cref="Directory"/> stands for the host's /.</summary>
internal sealed record RenderedArtefacts(RenderCase Case, string Directory, IReadOnlyList<string> HostPaths)
{
    /// <summary>The rendered artefacts <paramref name="consumes"/> selects; never empty, or the case would check nothing.</summary>
    public IReadOnlyList<string> Select(Func<string, bool> consumes)
    {
        var selected = HostPaths.Where(consumes).ToList();
        Assert.True(selected.Count > 0, $"{Case.Name} rendered none of the artefacts this consumer reads: {string.Join(", ", HostPaths)}");
        return selected;
    }

    /// <summary>Where the rendered copy of <paramref name="hostPath"/> is.</summary>
    public string Local(string hostPath) => Path.Join(Directory, hostPath);

    public string Text(string hostPath) => File.ReadAllText(Local(hostPath));
}
