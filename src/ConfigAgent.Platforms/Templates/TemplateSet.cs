using System.Collections.Concurrent;
using ConfigAgent.HostAccess;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// The artefact templates of one override directory, in Scriban. Templates ship embedded
/// (<c>Templates/linux/ifcfg-alias.sbn</c> is <c>linux/ifcfg-alias</c>); a file
/// <c>&lt;name&gt;.sbn</c> in the override directory replaces the embedded one. Each is parsed once
/// per process. The values a template sees are built by its template class
/// (<see cref="IfcfgAliasTemplate"/>, ...) as script objects: no reflection over ConfigAgent's
/// types, whose members the Native AOT binary does not keep.
/// </summary>
internal sealed class TemplateSet(string? overrideDirectory = null)
{
    /// <summary>The extension of a template file, embedded or in the override directory.</summary>
    public const string Extension = ".sbn";

    /// <summary>The extension of the Handlebars templates ConfigAgent read before Scriban.</summary>
    public const string HandlebarsExtension = ".hbs";

    private const string ResourcePrefix = "template:";

    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);

    /// <summary>The names of the embedded templates (linux/ifcfg-alias, ...).</summary>
    public static IEnumerable<string> Embedded =>
        typeof(TemplateSet).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);

    /// <summary>Renders a template with the values its template class built.</summary>
    /// <exception cref="TemplateException">The template does not parse, or fails while rendering (an override naming a value that does not exist, say).</exception>
    public string Render(string template, ScriptObject values)
    {
        var parsed = Parsed(template);
        var context = RenderContexts.Rent();
        context.PushGlobal(values);
        try
        {
            return parsed.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(template, $"{TemplateException.Position(ex.Span)}: {ex.OriginalMessage}");
        }
        finally
        {
            RenderContexts.Return(context);
        }
    }

    /// <summary>Parses a template now: one that does not parse throws here rather than at its first render.</summary>
    public void Prepare(string template)
    {
        _ = Parsed(template);
    }

    /// <summary>The template's text and where it came from: the override when there is one, else the embedded one.</summary>
    private (string Text, string Path) Source(string template)
    {
        if (overrideDirectory is not null)
        {
            var path = Path.Combine(overrideDirectory, template + Extension);

            // Path.Exists: a directory or other odd entry by that name is an error, not an absence.
            if (Path.Exists(path))
            {
                return (ReadOverride(template, path), path);
            }

            // Silently rendering the embedded template instead would change the host's files
            // under a site's feet: an override ConfigAgent no longer reads is an error.
            var handlebars = Path.Combine(overrideDirectory, template + HandlebarsExtension);
            if (File.Exists(handlebars))
            {
                throw new TemplateException(
                    template,
                    $"{handlebars}: this is a Handlebars template, which ConfigAgent no longer reads: templates are Scriban now. "
                    + $"Rewrite it as {path} ({{{{#each xs}}}}...{{{{/each}}}} becomes {{{{~ for x in xs ~}}}}...{{{{~ end ~}}}}, {{{{name}}}} becomes {{{{ x.name }}}}; "
                    + "the embedded ones show every value: README, Templates), then delete the .hbs file");
            }
        }

        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(ResourcePrefix + template)
            ?? throw new ArgumentException($"There is no template '{template}'.", nameof(template));
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), "embedded " + template + Extension);
    }

    private static string ReadOverride(string template, string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException(template, $"{path}: the template cannot be read: {ErrorSentence.Of(ex, path)}");
        }
    }

    // Lazy values: renders racing on other threads (a fleet plan) wait for the one parse instead
    // of doing their own. A template that fails is not kept: the next run reads the fixed file.
    private Template Parsed(string template)
    {
        var parsed = _parsed.GetOrAdd(template, name => new(() => Parse(name)));
        try
        {
            return parsed.Value;
        }
        catch (TemplateException)
        {
            _parsed.TryRemove(new(template, parsed));
            throw;
        }
    }

    private Template Parse(string template)
    {
        var (text, path) = Source(template);
        var parsed = Template.Parse(text, path);
        return parsed.HasErrors
            ? throw new TemplateException(template, string.Join("; ", parsed.Messages.Select(m => $"{TemplateException.Position(m.Span)}: {m.Message}")))
            : parsed;
    }
}
