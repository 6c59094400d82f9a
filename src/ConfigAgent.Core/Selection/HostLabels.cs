namespace ConfigAgent.Selection;

/// <summary>Host labels (from facts or the agent's configuration): <c>role: web</c>, <c>site: fra1</c>.</summary>
public static class HostLabels
{
    public static string? KeyProblem(string key)
    {
        var valid = key.Length is > 0 and <= 63 && char.IsAsciiLetterOrDigit(key[0])
            && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/');
        return valid ? null : $"label '{key}' must be 1 to 63 letters, digits, '.', '_', '-' or '/', starting with a letter or digit";
    }
}
