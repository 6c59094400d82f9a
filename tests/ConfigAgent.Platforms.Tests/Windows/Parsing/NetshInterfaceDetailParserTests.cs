using ConfigAgent.Platforms.Windows.Parsing;

namespace ConfigAgent.Platforms.Tests.Windows.Parsing;

public sealed class NetshInterfaceDetailParserTests
{
    [Theory]
    [InlineData("windows-netsh-show-interface-detail.1.txt", 15)]
    [InlineData("windows-netsh-ipv6-show-interface-detail.1.txt", 45)]
    public void The_metric_and_the_weak_host_settings_are_read_from_their_labels(string sample, int metric)
    {
        Assert.Equal(new NetshInterfaceDetail(metric, "disabled", "disabled"), NetshInterfaceDetailParser.Parse(Sample.Read(sample)));
    }

    [Fact]
    public void The_partial_loopback_listing_reads_once_its_markdown_quote_marks_are_gone()
    {
        // The sample was pasted into an issue as a "> " quote; netsh prints no such prefix.
        var text = string.Join('\n', Sample.Read("windows-netsh-show-interface-detail.2.partial.txt").Split('\n').Select(l => l.StartsWith("> ", StringComparison.Ordinal) ? l[2..] : l));

        Assert.Equal(new NetshInterfaceDetail(75, "disabled", "disabled"), NetshInterfaceDetailParser.Parse(text));
    }

    [Fact]
    public void Enabled_settings_read_as_enabled_in_crlf_output()
    {
        // No sample shows "enabled": the values of windows-netsh-show-interface-detail.1.txt changed (the samples' README allows it).
        var text = Sample.Crlf(Sample.Read("windows-netsh-show-interface-detail.1.txt")
            .Replace("Weak Host Sends                    : disabled", "Weak Host Sends                    : enabled", StringComparison.Ordinal)
            .Replace("Weak Host Receives                 : disabled", "Weak Host Receives                 : enabled", StringComparison.Ordinal)
            .Replace("Metric                             : 15", "Metric                             : 254", StringComparison.Ordinal));

        Assert.Equal(new NetshInterfaceDetail(254, "enabled", "enabled"), NetshInterfaceDetailParser.Parse(text));
    }

    [Fact]
    public void Labels_in_another_language_fall_back_to_the_fixed_order_of_the_fields()
    {
        // No localized listing was found: the labels here are made up; only the field order is netsh's.
        var english = Sample.Read("windows-netsh-show-interface-detail.1.txt").Split('\n');
        var localized = english.Select((line, i) => line.Contains(" : ", StringComparison.Ordinal) ? $"Paramètre {i,-24} : {line[(line.IndexOf(" : ", StringComparison.Ordinal) + 3)..]}" : line);

        Assert.Equal(new NetshInterfaceDetail(15, "disabled", "disabled"), NetshInterfaceDetailParser.Parse(string.Join('\n', localized)));
    }

    [Fact]
    public void Values_it_cannot_read_are_unknown_not_guessed()
    {
        var text = Sample.Read("windows-netsh-show-interface-detail.1.txt").Replace(": disabled", ": désactivé", StringComparison.Ordinal);

        Assert.Equal(new NetshInterfaceDetail(15, null, null), NetshInterfaceDetailParser.Parse(text));
    }
}
