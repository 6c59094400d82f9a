namespace ConfigAgent.IntegrationTests.Consumers;

/// <summary>
/// The address unit's batch for `ip -batch` (ip(8)): one `address replace ADDR/PREFIX dev DEV
/// [label LABEL] [nodad]` per line, '#' comments. Read here to know what ip must bring up.
/// </summary>
internal sealed record AddressBatch(string Address, string Device, string? Label)
{
    public static IReadOnlyList<AddressBatch> Read(string path) =>
        [.. File.ReadLines(path).Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line =>
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["address", "replace"], words[..2]);
            Assert.Equal("dev", words[3]);
            var label = Array.IndexOf(words, "label") is > 0 and var at ? words[at + 1] : null;
            return new AddressBatch(words[2], words[4], label);
        })];
}
