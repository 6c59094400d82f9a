using ConfigAgent.Selection;

namespace ConfigAgent.Core.Tests.Selection;

public sealed class HostnamePatternTests
{
    [Theory]
    [InlineData("web-*", "web-01", true)]
    [InlineData("web-*", "WEB-01", true)]
    [InlineData("web-*", "db-01", false)]
    [InlineData("web-??", "web-01", true)]
    [InlineData("web-??", "web-001", false)]
    [InlineData("*.fra1.example.net", "web-1.fra1.example.net", true)]
    [InlineData("*.fra1.example.net", "web-1.ams1.example.net", false)]
    [InlineData("*", "anything", true)]
    [InlineData("web-*-*", "web-a-b", true)]
    [InlineData("web-*-*", "web-ab", false)]
    public void Globs_match_hostnames(string pattern, string hostname, bool matches) =>
        Assert.Equal(matches, HostnamePattern.Matches(pattern, hostname));

    [Theory]
    [InlineData("web-*", "web-canary-*", true)]
    [InlineData("web-*", "db-*", false)]
    [InlineData("*-1", "web-*", true)]
    [InlineData("web-?", "web-10", false)]
    [InlineData("a*b", "*c", false)]
    [InlineData("*", "db-1", true)]
    public void Overlap_is_decided_on_the_patterns(string a, string b, bool overlap) =>
        Assert.Equal(overlap, HostnamePattern.MayOverlap(a, b));

    [Theory]
    [InlineData("web-*", "web-canary-*", true)]
    [InlineData("web-canary-*", "web-*", false)]
    [InlineData("web-?", "web-1", true)]
    [InlineData("web-1", "web-?", false)]
    [InlineData("*", "*", true)]
    public void Covers_means_every_match_of_the_inner_pattern_matches_the_outer(string outer, string inner, bool covers) =>
        Assert.Equal(covers, HostnamePattern.Covers(outer, inner));
}
