using Scriban.Runtime;

namespace ConfigAgent.Platforms.Templates;

/// <summary>
/// Lists for the templates, built item by item, so that a template sees only Scriban's own script
/// objects and arrays: any other .NET value goes through Scriban's accessors for .NET objects,
/// which reflect over members the Native AOT binary does not keep.
/// </summary>
internal static class ScriptValues
{
    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object?> value)
    {
        var list = new ScriptArray();
        foreach (var item in items)
        {
            list.Add(value(item));
        }

        return list;
    }
}
