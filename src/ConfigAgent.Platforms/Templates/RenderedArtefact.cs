using ConfigAgent.Diagnostics;
using ConfigAgent.Graph;
using ConfigAgent.Ownership;
using ConfigAgent.Persistence;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// A boot artefact rendered from a template or, when its template cannot render (an override
/// that does not parse, names a value that does not exist, or is still Handlebars), a blocked
/// resource in its place with the artefact's own id: the plan says why at the template file's
/// line and column instead of planning the file's removal, and apply starts nothing.
/// </summary>
internal static class RenderedArtefact
{
    public static Resource File(string path, UnixFileMode mode, SourceSpan origin, string purpose, Func<string> render) =>
        Rendered(ResourceId.Of(ArtefactEntry.FileKind, path), path, origin, purpose, () => new FileResource(path, render(), mode) { Origin = origin, Purpose = purpose });

    public static Resource Block(string path, UnixFileMode mode, SourceSpan origin, string purpose, Func<string> render) =>
        Rendered(ResourceId.Of(ArtefactEntry.BlockKind, path), path, origin, purpose, () => new ManagedBlockResource(path, render(), mode) { Origin = origin, Purpose = purpose });

    private static Resource Rendered(ResourceId id, string path, SourceSpan origin, string purpose, Func<Resource> artefact)
    {
        try
        {
            return artefact();
        }
        catch (TemplateException ex)
        {
            return new BlockedResource(id, $"boot artefact {path} (template {ex.Template})", ResourceSide.Persisted, ex.Message)
            {
                Origin = origin,
                Purpose = purpose,
            };
        }
    }
}
