namespace ConfigAgent.Documents;

/// <summary>The rules the Linux kernel applies to interface names (net/core/dev.c, dev_valid_name).</summary>
public static class InterfaceNames
{
    /// <summary>IFNAMSIZ is 16 bytes, the terminating NUL included.</summary>
    public const int MaxLength = 15;

    /// <summary>Returns why the kernel would refuse <paramref name="name"/>, or null when it is valid.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "an interface name cannot be empty";
        }

        if (System.Text.Encoding.UTF8.GetByteCount(name) > MaxLength)
        {
            return $"interface name '{name}' is longer than {MaxLength} bytes (IFNAMSIZ)";
        }

        if (name is "." or "..")
        {
            return $"'{name}' is not a valid interface name";
        }

        foreach (var c in name)
        {
            if (c is '/' or ':' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return $"interface name '{name}' contains {Describe(c)}, which the kernel refuses (no '/', ':' or whitespace)";
            }
        }

        // The kernel accepts almost any byte, but interface names end up in files that a shell
        // reads at boot (ifcfg-<name>): only the characters real names use are accepted.
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return $"interface name '{name}' contains {Describe(c)}: ConfigAgent accepts letters, digits, '.', '_' and '-' in interface names (they are written into boot scripts)";
            }
        }

        return null;
    }

    /// <summary>
    /// An IPv4 address label: the interface name, optionally followed by ':' and a suffix
    /// (<c>eth0:1</c>), at most 15 bytes in all.
    /// </summary>
    public static string? LabelProblem(string label, string interfaceName)
    {
        if (label.Length > MaxLength)
        {
            return $"label '{label}' is longer than {MaxLength} characters";
        }

        if (label != interfaceName && !label.StartsWith(interfaceName + ":", StringComparison.Ordinal))
        {
            return $"label '{label}' must be '{interfaceName}' or start with '{interfaceName}:' (the kernel requires the interface name as its prefix)";
        }

        var suffix = label.Length > interfaceName.Length ? label[(interfaceName.Length + 1)..] : "x";
        if (suffix.Length == 0 || !suffix.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return $"label '{label}' needs a suffix of letters, digits, '_' or '-' after the ':'";
        }

        return null;
    }

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => $"the control character U+{(int)c:X4}",
        _ => $"'{c}'",
    };
}
