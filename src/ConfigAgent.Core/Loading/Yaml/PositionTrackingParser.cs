using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConfigAgent.Loading.Yaml;

/// <summary>
/// Remembers where the last good event ended. YamlDotNet's scanner throws plain
/// InvalidOperationException on some malformed input (an unclosed flow sequence followed by a
/// mapping key, for one), without a position; this is the position to report then.
/// </summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGood = current.End;
        }

        return inner.MoveNext();
    }
}
