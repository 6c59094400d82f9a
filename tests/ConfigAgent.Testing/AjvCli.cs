using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConfigAgent.Testing;

/// <summary>
/// The ajv-cli pinned by tools/schema-check/package-lock.json, installed there with <c>npm ci</c>
/// the first time a test needs it. One run validates a whole batch of JSON documents, so the
/// schema tests pay node's start-up once per batch, not once per document.
/// </summary>
public static class AjvCli
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string ToolDirectory { get; } = Path.Combine(RepositoryPaths.Root, "tools", "schema-check");

    public static string DesiredStateSchema { get; } = Path.Combine(RepositoryPaths.Schemas, "desired-state-v1.schema.json");

    public static string AgentConfigSchema { get; } = Path.Combine(RepositoryPaths.Schemas, "agent-config-v1.schema.json");

    private static string Entry => Path.Combine(ToolDirectory, "node_modules", "ajv-cli", "dist", "index.js");

    private static string BlockingStdio => Path.Combine(ToolDirectory, "blocking-stdio.cjs");

    /// <summary>Runs <c>npm ci</c> unless node_modules is installed and newer than package-lock.json.</summary>
    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (IsInstalled())
            {
                return;
            }

            var npm = NodeTools.Npm ?? throw new InvalidOperationException(NodeTools.MissingReason);
            var result = await NodeTools.RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ToolDirectory, cancellationToken);
            if (result.ExitCode != 0 || !IsInstalled())
            {
                throw new InvalidOperationException($"'npm ci' in {ToolDirectory} failed: {result}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>
    /// Validates every document against <paramref name="schema"/> (JSON Schema draft 2020-12, ajv's
    /// strict mode) in one run; <paramref name="references"/> are schemas it refers to by $id.
    /// </summary>
    public static async Task<IReadOnlyList<SchemaVerdict>> ValidateAsync(
        IReadOnlyList<JsonNode?> documents,
        string schema,
        IReadOnlyList<string> references,
        CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        await EnsureInstalledAsync(cancellationToken);
        var directory = Directory.CreateTempSubdirectory("configagent-schema-");
        try
        {
            var files = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var file = Path.Combine(directory.FullName, $"{i:D5}.json");
                await File.WriteAllTextAsync(file, documents[i]?.ToJsonString() ?? "null", cancellationToken);
                files.Add(file);
            }

            List<string> arguments =
            [
                "--require", BlockingStdio, Entry, "validate", "--spec=draft2020", "--strict=true", "--allow-union-types", "--all-errors", "--errors=line",
                "-c", "ajv-formats", "-s", schema,
            ];
            foreach (var reference in references)
            {
                arguments.AddRange(["-r", reference]);
            }

            arguments.AddRange(["-d", Path.Combine(directory.FullName, "*.json")]);
            var node = NodeTools.Node ?? throw new InvalidOperationException(NodeTools.MissingReason);
            var result = await NodeTools.RunAsync(node, arguments, ToolDirectory, cancellationToken);
            return Verdicts(result, files);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static bool IsInstalled()
    {
        var installed = Path.Combine(ToolDirectory, "node_modules", ".package-lock.json");
        return File.Exists(Entry) && File.Exists(installed)
            && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(ToolDirectory, "package-lock.json"));
    }

    // ajv-cli prints "<file> valid" on stdout, and "<file> invalid" then the errors as one JSON
    // line on stderr (--errors=line).
    private static SchemaVerdict[] Verdicts(ProcessResult result, List<string> files)
    {
        var verdicts = new Dictionary<string, SchemaVerdict>(StringComparer.Ordinal);
        foreach (var line in Lines(result.StandardOutput))
        {
            if (line.EndsWith(" valid", StringComparison.Ordinal))
            {
                verdicts[line[..^" valid".Length]] = new SchemaVerdict(true, []);
            }
        }

        var errorLines = Lines(result.StandardError);
        for (var i = 0; i < errorLines.Length - 1; i++)
        {
            if (errorLines[i].EndsWith(" invalid", StringComparison.Ordinal))
            {
                verdicts[errorLines[i][..^" invalid".Length]] = new SchemaVerdict(false, Errors(errorLines[++i]));
            }
        }

        return [.. files.Select(file => verdicts.TryGetValue(file, out var verdict)
            ? verdict
            : throw new InvalidOperationException($"ajv gave no verdict for {file} (is the schema valid?): {result}"))];
    }

    private static SchemaError[] Errors(string json)
    {
        using var errors = JsonDocument.Parse(json);
        return [.. errors.RootElement.EnumerateArray().Select(e => new SchemaError(
            e.GetProperty("instancePath").GetString() ?? "",
            e.GetProperty("keyword").GetString() ?? "",
            Describe(e)))];
    }

    private static string Describe(JsonElement error)
    {
        var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        return error.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object && parameters.EnumerateObject().Any()
            ? $"{message} {parameters.GetRawText()}"
            : message;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
