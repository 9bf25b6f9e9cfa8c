using Extract.Matching;

namespace Extract.Text;

/// <summary>
/// Maps every character of a normalized text back to the span of the original it came from, so any
/// span over the normalized text converts to an exact span of the original.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <summary>Creates a map from per-character original starts and ends.</summary>
    public OffsetMap(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The number of normalized characters mapped.</summary>
    public int Length => _starts.Length;

    /// <summary>The original span of normalized character <paramref name="index"/>.</summary>
    public Span this[int index] => new(_starts[index], _ends[index]);

    /// <summary>
    /// The original span of the normalized range <c>[start, end)</c>: from the first character's
    /// original start to the last character's original end. An empty range maps to an empty span.
    /// </summary>
    public Span ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            int at = start < _starts.Length ? _starts[start] : (_ends.Length > 0 ? _ends[^1] : 0);
            return new Span(at, at);
        }
        return new Span(_starts[start], _ends[end - 1]);
    }
}

/// <summary>A text, its normalized form, its matching key and the map back to the original.</summary>
/// <param name="Original">The text as given.</param>
/// <param name="Normalized">The first-level normalization.</param>
/// <param name="Key">The matching key, character for character aligned with <paramref name="Normalized"/>.</param>
/// <param name="Map">Original span of every normalized character.</param>
public sealed record NormalizedText(string Original, string Normalized, string Key, OffsetMap Map);
