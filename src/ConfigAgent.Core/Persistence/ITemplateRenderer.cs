namespace ConfigAgent.Persistence;

/// <summary>
/// The one seam over the template engine (Handlebars.Net today): renders a named template with a
/// model of already validated, typed values. Nothing else in ConfigAgent knows the engine.
/// </summary>
public interface ITemplateRenderer
{
    string Render(string template, IReadOnlyDictionary<string, object?> model);
}
