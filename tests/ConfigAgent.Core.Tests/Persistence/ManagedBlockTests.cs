using ConfigAgent.Persistence;

namespace ConfigAgent.Core.Tests.Persistence;

public sealed class ManagedBlockTests
{
    private const string Foreign = "# kernel.printk = 3 4 1 3\nvm.swappiness=10\n\n\tnet.core.somaxconn = 1024   \n";

    private static string Framed(string block) => $"{ManagedBlock.Begin}\n{block}{ManagedBlock.End}\n";

    [Fact]
    public void A_block_is_appended_after_the_foreign_lines_untouched()
    {
        var text = ManagedBlock.Put(Foreign, "net.ipv4.conf.all.arp_ignore = 1\n");

        Assert.Equal(Foreign + Framed("net.ipv4.conf.all.arp_ignore = 1\n"), text);
    }

    [Fact]
    public void Removing_the_block_gives_back_the_file_byte_for_byte()
    {
        var withBlock = ManagedBlock.Put(Foreign, "a = 1\n");

        Assert.Equal(Foreign, ManagedBlock.Remove(withBlock));
    }

    [Fact]
    public void A_block_in_the_middle_is_replaced_in_place()
    {
        var text = "before\n" + Framed("a = 1\n") + "after\n";

        Assert.Equal("before\n" + Framed("a = 2\nb = 3\n") + "after\n", ManagedBlock.Put(text, "a = 2\nb = 3\n"));
        Assert.Equal("before\nafter\n", ManagedBlock.Remove(text));
    }

    [Fact]
    public void A_last_line_without_newline_gets_one_before_the_block() =>
        Assert.Equal("x = 1\n" + Framed("a = 1\n"), ManagedBlock.Put("x = 1", "a = 1\n"));

    [Fact]
    public void A_marker_inside_another_line_is_not_a_marker()
    {
        var text = $"# see {ManagedBlock.Begin}\n";

        Assert.False(ManagedBlock.Contains(text));
        Assert.Equal(text + Framed("a = 1\n"), ManagedBlock.Put(text, "a = 1\n"));
    }

    [Theory]
    [InlineData("{0}\nx\n", "it holds 1 begin and 0 end markers of ConfigAgent's block: fix it by hand")]
    [InlineData("{1}\n{0}\n", "its end marker comes before its begin marker: fix it by hand")]
    [InlineData("{0}\n{1}\n{0}\n{1}\n", "it holds 2 begin and 2 end markers of ConfigAgent's block: fix it by hand")]
    public void Markers_that_cannot_be_trusted_are_reported(string layout, string problem) =>
        Assert.Equal(problem, ManagedBlock.Problem(string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, ManagedBlock.Begin, ManagedBlock.End)));
}
