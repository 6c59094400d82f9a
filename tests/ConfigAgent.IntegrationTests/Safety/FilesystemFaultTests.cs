using ConfigAgent.IntegrationTests.Agent;
using ConfigAgent.IntegrationTests.Lab;
using ConfigAgent.IntegrationTests.Persistence;

namespace ConfigAgent.IntegrationTests.Safety;

/// <summary>
/// Issue 17 point 5: apply over a --root on a full file system or a read-only one fails with a
/// sentence, rolls back what it changed in the kernel (read back with ip and /proc/sys in the
/// namespace) and leaves the artefacts of the last good run byte for byte. When the state
/// directory shares the broken file system, the run stops before its first change; when only
/// /etc is broken (ProtectSystem= makes it read-only for a unit), it stops at its first file,
/// after the kernel changes, and undoes them.
/// </summary>
public sealed class FilesystemFaultTests : IDisposable
{
    private const string Persisted = "linux: {persistence: {addresses: network-scripts, sysctls: sysctl.d}}";

    private static readonly string[] Sysctls =
        ["net.ipv4.conf.all.arp_ignore", "net.ipv4.conf.all.arp_announce", "net.ipv4.conf.lo.arp_ignore", "net.ipv4.conf.lo.arp_announce", "net.ipv4.ip_nonlocal_bind"];

    private readonly AgentLab _lab;
    private readonly string _old;
    private readonly string _new;

    public FilesystemFaultTests()
    {
        LabGuard.RequireNamespaces();
        _lab = new AgentLab();
        _old = Document("old", $"""
            version: 1
            name: web
            loopback_vips: [192.0.2.10]
            {Persisted}
            """);
        _new = Document("new", $"""
            version: 1
            name: web
            loopback_vips: [192.0.2.10, 192.0.2.11, 192.0.2.12]
            sysctls:
              net.ipv4.ip_nonlocal_bind: 1
            {Persisted}
            """);
        _lab.Apply(_old).AssertExitCode(0);
    }

    private string Etc => _lab.Root + "/etc";

    private string Kept => Path.Join(_lab.TemporaryDirectory, "kept");

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void A_full_etc_fails_at_the_first_file_with_a_sentence_and_the_kernel_changes_are_undone()
    {
        var (kernel, artefacts) = (Kernel(), ArtefactTree.Read(Etc));

        var run = new FaultyMounts().Full(Etc).Keep(Etc, Kept).Run(_lab.Namespace, "apply", _new, "--root", _lab.Root);

        AssertFailedCleanly(run, $"cannot write {Etc}/", "no space left on device");
        Assert.Contains("rolled back", run.Output, StringComparison.Ordinal);
        Assert.Equal(kernel, Kernel());
        Assert.Equal(artefacts, ArtefactTree.Read(Kept));
        AssertTheNextRunConverges();
    }

    [Fact]
    public void A_full_root_fails_before_its_first_change_with_a_sentence()
    {
        var (kernel, tree) = (Kernel(), ArtefactTree.Read(_lab.Root));

        var run = new FaultyMounts().Full(_lab.Root).Keep(_lab.Root, Kept).Run(_lab.Namespace, "apply", _new, "--root", _lab.Root);

        AssertFailedCleanly(run, $"cannot write {_lab.LedgerPath}", "no space left on device");
        Assert.Equal(kernel, Kernel());
        Assert.Equal(tree, ArtefactTree.Read(Kept));
        AssertTheNextRunConverges();
    }

    [Fact]
    public void A_read_only_etc_fails_at_the_first_file_with_a_sentence_and_the_kernel_changes_are_undone()
    {
        var (kernel, artefacts) = (Kernel(), ArtefactTree.Read(Etc));

        var run = new FaultyMounts().ReadOnly(Etc).Run(_lab.Namespace, "apply", _new, "--root", _lab.Root);

        AssertFailedCleanly(run, $"cannot write {Etc}/", "read-only file system");
        Assert.Contains("rolled back", run.Output, StringComparison.Ordinal);
        Assert.Equal(kernel, Kernel());
        Assert.Equal(artefacts, ArtefactTree.Read(Etc));
        AssertTheNextRunConverges();
    }

    [Fact]
    public void A_read_only_root_fails_before_its_first_change_with_a_sentence()
    {
        var (kernel, tree) = (Kernel(), ArtefactTree.Read(_lab.Root));

        var run = new FaultyMounts().ReadOnly(_lab.Root).Run(_lab.Namespace, "apply", _new, "--root", _lab.Root);

        AssertFailedCleanly(run, $"cannot lock {_lab.StateDirectory}/lock", "read-only file system");
        Assert.Equal(kernel, Kernel());
        Assert.Equal(tree, ArtefactTree.Read(_lab.Root));
        AssertTheNextRunConverges();
    }

    private static void AssertFailedCleanly(CliInNamespaceResult run, string what, string why)
    {
        run.AssertExitCode(1);
        var said = run.Output + run.Error;
        TestContext.Current.TestOutputHelper?.WriteLine(said);
        Assert.Contains($"{what}", said, StringComparison.Ordinal);
        Assert.Contains(why, said, StringComparison.Ordinal);
        HumanText.AssertReadable(run.Output + run.Error);
    }

    private void AssertTheNextRunConverges()
    {
        CliInNamespace.Run(_lab.Namespace, "apply", _new, "--root", _lab.Root, "--detailed-exitcode").AssertExitCode(2);
        Assert.True(new[] { "192.0.2.11", "192.0.2.12" }.All(_lab.HoldsOnLoopback));
    }

    /// <summary>The namespace's loopback addresses and the sysctls the documents touch, read from the kernel.</summary>
    private (string Addresses, string Sysctls) Kernel() => (
        string.Join(' ', _lab.LoopbackAddresses().Select(a => a.ToString()).Order(StringComparer.Ordinal)),
        string.Join(' ', Sysctls.Select(s => $"{s}={_lab.Sysctl(s)}")));

    private string Document(string name, string yaml)
    {
        var path = Path.Join(_lab.TemporaryDirectory, name + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
