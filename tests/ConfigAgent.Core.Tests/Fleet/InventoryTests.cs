using ConfigAgent.Fleet;

namespace ConfigAgent.Core.Tests.Fleet;

public sealed class InventoryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("configagent-inventory-").FullName;

    [Fact]
    public void Every_json_file_is_a_host_in_hostname_order()
    {
        Write("b.json", "zeta");
        Write("a.json", "Web-02");
        Write("c.json", "alpha");
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "not facts");
        Directory.CreateDirectory(Path.Combine(_directory, "old"));
        Write(Path.Combine("old", "d.json"), "old-host");

        var hosts = Inventory.Read(_directory);

        Assert.Equal(["alpha", "Web-02", "zeta"], hosts.Select(h => h.Hostname));
        Assert.All(hosts, h => Assert.Null(h.Error));
    }

    [Fact]
    public void An_unreadable_file_is_a_host_with_an_error_named_after_the_file()
    {
        File.WriteAllText(Path.Combine(_directory, "broken.json"), "{");

        var host = Assert.Single(Inventory.Read(_directory));

        Assert.Equal("broken", host.Hostname);
        Assert.Null(host.Facts);
        Assert.StartsWith($"{Path.Combine(_directory, "broken.json")}: cannot read the facts: not a valid facts file", host.Error);
    }

    [Fact]
    public void A_hostname_recorded_twice_is_an_error_on_the_second_file()
    {
        Write("a.json", "web-01");
        Write("b.json", "WEB-01");

        var hosts = Inventory.Read(_directory);

        Assert.Null(hosts[0].Error);
        Assert.Equal($"{Path.Combine(_directory, "b.json")}: host 'WEB-01' is already recorded in {Path.Combine(_directory, "a.json")}", hosts[1].Error);
    }

    [Fact]
    public void A_missing_directory_is_refused()
    {
        var missing = Path.Combine(_directory, "none");

        var error = Assert.Throws<DirectoryNotFoundException>(() => Inventory.Read(missing));

        Assert.Equal($"the facts directory {missing} does not exist", error.Message);
    }

    [Fact]
    public void An_empty_directory_is_refused_rather_than_planned_as_no_host()
    {
        File.WriteAllText(Path.Combine(_directory, "README.md"), "facts go here");

        var error = Assert.Throws<IOException>(() => Inventory.Read(_directory));

        Assert.Equal($"the facts directory {_directory} holds no *.json facts file", error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string file, string hostname) =>
        File.WriteAllText(Path.Combine(_directory, file), $$"""{"format_version": 1, "platform": "linux", "hostname": "{{hostname}}"}""");
}
