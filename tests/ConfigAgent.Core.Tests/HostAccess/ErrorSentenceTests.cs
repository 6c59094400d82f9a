using System.Text.Json;
using ConfigAgent.HostAccess;
using ConfigAgent.Ownership;

namespace ConfigAgent.Core.Tests.HostAccess;

/// <summary>
/// Issue 18: the shipped binary strips the framework's messages to resource keys
/// ("IO_FileNotFound_FileName, /x.yaml"). Each case gives an exception the way the framework
/// makes it, once with its full message and once stripped, and expects the same words.
/// </summary>
public sealed class ErrorSentenceTests
{
    public static TheoryData<Exception, string> FrameworkExceptions => new()
    {
        { new FileNotFoundException("Could not find file '/x.yaml'.", "/x.yaml"), "/x.yaml: no such file or directory" },
        { new FileNotFoundException("IO_FileNotFound_FileName, /x.yaml", "/x.yaml"), "/x.yaml: no such file or directory" },
        { new DirectoryNotFoundException("Could not find a part of the path '/proc/1/var'."), "/proc/1/var: no such file or directory" },
        { new DirectoryNotFoundException("IO_PathNotFound_Path, /proc/1/var"), "/proc/1/var: no such file or directory" },
        { new UnauthorizedAccessException("UnauthorizedAccess_IODenied_Path, /etc/shadow"), "/etc/shadow: permission denied" },
        { new UnauthorizedAccessException("Access to the path '/etc/x' is denied.", new IOException("Operation not permitted", 1)), "/etc/x: operation not permitted" },
        { new PathTooLongException("IO_PathTooLong_Path, /a"), "/a: file name too long" },
        { new IOException("No space left on device : '/etc/sysctl.conf'", 28), "/etc/sysctl.conf: no space left on device" },
        { new IOException("Read-only file system : '/etc/x'", 30), "/etc/x: read-only file system" },
        { new IOException("Not a directory : '/etc/hosts/x'", 20), "/etc/hosts/x: not a directory" },
        { new IOException("Is a directory : '/etc'", 21), "/etc: is a directory" },
        { new IOException("Too many levels of symbolic links : '/loop'", 40), "/loop: too many levels of symbolic links" },
        { new IOException("IO_FileExists_Name, /etc/x"), "/etc/x: file exists" },
        { new IOException("IO_SharingViolation_File, /var/lib/configagent/lock"), "/var/lib/configagent/lock: the file is locked by another process" },
        { new System.ComponentModel.Win32Exception(2), "no such file or directory" },
        { new KeyNotFoundException("Arg_KeyNotFound"), "a required entry is missing" },
        { new OperationCanceledException("OperationCanceled"), "the operation was stopped before it finished" },
        { new InvalidOperationException("InvalidOperation_EnumFailedVersion"), "an unexpected error occurred (InvalidOperation_EnumFailedVersion)" },
    };

    [Theory]
    [MemberData(nameof(FrameworkExceptions))]
    public void A_framework_exception_reads_as_its_path_and_what_went_wrong(Exception exception, string sentence) =>
        Assert.Equal(sentence, ErrorSentence.Of(exception));

    [Fact]
    public void A_real_missing_file_reads_the_same_as_its_stripped_message()
    {
        var exception = Assert.ThrowsAny<IOException>(() => File.ReadAllText("/nonexistent-configagent/x.yaml"));

        Assert.Equal("/nonexistent-configagent/x.yaml: no such file or directory", ErrorSentence.Of(exception));
    }

    [Fact]
    public void A_sentence_of_ConfigAgent_s_in_a_framework_type_is_kept() =>
        Assert.Equal("the facts directory facts does not exist", ErrorSentence.Of(new DirectoryNotFoundException("the facts directory facts does not exist")));

    [Fact]
    public void A_path_the_caller_already_names_is_not_repeated() =>
        Assert.Equal("no such file or directory", ErrorSentence.Of(new FileNotFoundException("IO_FileNotFound_FileName, /x.yaml", "/x.yaml"), "/x.yaml"));

    [Fact]
    public void Invalid_json_reads_as_its_position()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse("{\n  \"a\": nope }"));

        Assert.Equal("not valid JSON at line 2, column 9", ErrorSentence.Of(exception));
    }

    [Fact]
    public void ConfigAgent_s_own_exceptions_keep_their_words()
    {
        var failure = new HostFileException("write", "/etc/x", ErrnoPhrases.NoSpace);
        var ledger = new LedgerCorruptException("/var/lib/configagent/ledger.json", "it is not a regular file");

        Assert.Equal("cannot write /etc/x: no space left on device", ErrorSentence.Of(failure));
        Assert.Equal(ledger.Message, ErrorSentence.Of(ledger));
        Assert.Equal("A link S09dsr_start for NOTIFY_SOCKET", ErrorSentence.Of(new HostAccessException("A link S09dsr_start for NOTIFY_SOCKET")));
    }

    [Theory]
    [InlineData("IO_FileNotFound_FileName, /x.yaml", true)]
    [InlineData("error: UnauthorizedAccess_IODenied_Path, /x", true)]
    [InlineData("net.ipv4.conf.all.arp_ignore is 0", false)]
    [InlineData("the link S09dsr_start", false)]
    [InlineData("NOTIFY_SOCKET is not set", false)]
    [InlineData("the label lo:web_1", false)]
    public void Resource_keys_are_told_from_words(string text, bool isKey) =>
        Assert.Equal(isKey, ErrorSentence.HasResourceKey(text));
}
