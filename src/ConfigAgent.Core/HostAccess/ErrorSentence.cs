using System.ComponentModel;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConfigAgent.HostAccess;

/// <summary>
/// Turns an exception into the sentence a user reads ("/x.yaml: no such file or directory"): the
/// one place every command and the agent's reports go through (issue 18). The shipped binary is
/// built with UseSystemResourceKeys, which strips the framework's messages down to resource keys
/// and their arguments ("IO_FileNotFound_FileName, /x.yaml"), so a framework exception is
/// described from its type, its errno and its path, never from its message. ConfigAgent's own
/// exceptions already carry a sentence and keep it.
/// </summary>
public static partial class ErrorSentence
{
    /// <summary>
    /// The sentence for <paramref name="exception"/>. <paramref name="knownPath"/> is the path the
    /// caller already names in its own words; it is not repeated.
    /// </summary>
    public static string Of(Exception exception, string? knownPath = null)
    {
        var (path, phrase) = Describe(exception);
        return path is null || path == knownPath ? phrase : $"{path}: {phrase}";
    }

    /// <summary>Whether <paramref name="text"/> holds a framework resource key (IO_FileNotFound_FileName) instead of words.</summary>
    public static bool HasResourceKey(string text) => ResourceKey().IsMatch(text);

    private static (string? Path, string Phrase) Describe(Exception exception) => exception switch
    {
        _ when IsOwn(exception) => (null, exception.Message),
        OperationCanceledException => (null, "the operation was stopped before it finished"),
        FileNotFoundException missing when MadeByFramework(missing) => (missing.FileName ?? PathIn(missing.Message), ErrnoPhrases.Describe(ErrnoPhrases.NoSuchEntry)),
        DirectoryNotFoundException when MadeByFramework(exception) => (PathIn(exception.Message), ErrnoPhrases.Describe(ErrnoPhrases.NoSuchEntry)),
        PathTooLongException when MadeByFramework(exception) => (PathIn(exception.Message), ErrnoPhrases.Describe(ErrnoPhrases.NameTooLong)),
        // .NET refuses to open a directory as a file with EACCES: say what it is.
        UnauthorizedAccessException when MadeByFramework(exception) && PathIn(exception.Message) is { } path && Directory.Exists(path) =>
            (path, ErrnoPhrases.Describe(ErrnoPhrases.IsADirectory)),
        UnauthorizedAccessException when MadeByFramework(exception) => (PathIn(exception.Message), ErrnoPhrases.Describe(Errno(exception.InnerException) ?? ErrnoPhrases.AccessDenied)),
        IOException when Errno(exception) is { } errno => (PathIn(exception.Message), ErrnoPhrases.Describe(errno)),
        IOException when HasResourceKey(exception.Message) => (PathIn(exception.Message), IoPhrase(exception.Message)),
        Win32Exception win32 => (null, ErrnoPhrases.Describe(win32.NativeErrorCode)),
        JsonException json => (null, JsonPhrase(json)),
        KeyNotFoundException => (null, "a required entry is missing"),
        _ when HasResourceKey(exception.Message) => (null, $"an unexpected error occurred ({ResourceKey().Match(exception.Message).Value})"),
        _ => (null, exception.Message),
    };

    /// <summary>ConfigAgent's own exceptions say what happened in their message, in words chosen for the user.</summary>
    private static bool IsOwn(Exception exception) =>
        exception.GetType().Namespace?.StartsWith("ConfigAgent", StringComparison.Ordinal) == true;

    /// <summary>
    /// The framework names the path in quotes ("Could not find file '/x.yaml'.") or after its key;
    /// a message of ConfigAgent's in a framework type ("the facts directory x does not exist") does neither and is kept.
    /// </summary>
    private static bool MadeByFramework(Exception exception) =>
        HasResourceKey(exception.Message) || QuotedPath().IsMatch(exception.Message) || exception.Message.EndsWith(" path.", StringComparison.Ordinal)
        || exception.Message.EndsWith(" is denied.", StringComparison.Ordinal) || exception.Message == "Unable to find the specified file.";

    /// <summary>On Linux, .NET gives an IOException made from an errno that errno as its HResult; its own HResults are negative.</summary>
    private static int? Errno(Exception? exception) =>
        exception is IOException { HResult: > 0 and < 4096 } io ? io.HResult : null;

    private static string IoPhrase(string message) => ResourceKey().Match(message).Value switch
    {
        "IO_FileExists_Name" => ErrnoPhrases.Describe(ErrnoPhrases.Exists),
        "IO_SharingViolation_File" or "IO_SharingViolation_NoFileName" => "the file is locked by another process",
        "IO_EOF_ReadBeyondEOF" => "the file ended too early",
        var key => $"input/output error ({key})",
    };

    private static string JsonPhrase(JsonException json)
    {
        // A record's required properties: the names are the arguments of the message, in the full
        // text ("...missing required properties including: 'revision'.") and in the stripped one
        // ("JsonRequiredPropertiesMissing, <type>, 'revision'") alike.
        var missing = MissingProperties().Match(json.Message);
        if (missing.Success)
        {
            return $"a required field is missing: {missing.Groups["names"].Value}";
        }

        return json.LineNumber is { } line
            ? $"not valid JSON at line {line + 1}, column {json.BytePositionInLine + 1}"
            : "not valid JSON";
    }

    /// <summary>
    /// The path a framework message names: quoted in the full messages ("Could not find a part of
    /// the path '/proc/1/var'."), after the key in the stripped ones ("IO_PathNotFound_Path, /proc/1/var").
    /// </summary>
    private static string? PathIn(string message)
    {
        var quoted = QuotedPath().Match(message);
        if (quoted.Success)
        {
            return quoted.Groups["path"].Value;
        }

        var keyed = KeyedPath().Match(message);
        return keyed.Success ? keyed.Groups["path"].Value : null;
    }

    // IO_FileNotFound_FileName, UnauthorizedAccess_IODenied_Path, Arg_KeyNotFound: words joined by
    // underscores, the first of letters only, with a lower-case letter somewhere (not NOTIFY_SOCKET).
    [GeneratedRegex(@"\b(?=[A-Za-z_]*[a-z])[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*\b")]
    private static partial Regex ResourceKey();

    [GeneratedRegex(@"(?:missing required properties including: |JsonRequiredPropertiesMissing, [^,]*, )(?<names>'[^']+'(?:, '[^']+')*)")]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"'(?<path>/[^']*)'")]
    private static partial Regex QuotedPath();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+, (?<path>/.*)$")]
    private static partial Regex KeyedPath();
}
