namespace Extract.Generators.Pipeline;

/// <summary>Line starts of a text: converts between character offsets and 0-based line/column.</summary>
internal sealed class LineMap
{
    private readonly int[] starts;
    private readonly int length;

    private LineMap(int[] starts, int length)
    {
        this.starts = starts;
        this.length = length;
    }

    public static LineMap Of(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] == '\n' || text[i] == '\r') starts.Add(i + 1);
        }
        return new LineMap(starts.ToArray(), text.Length);
    }

    /// <summary>The offset of a 0-based line and column, clamped to the text.</summary>
    public int OffsetOf(int line, int column)
    {
        if (line < 0) return 0;
        if (line >= starts.Length) return length;
        int lineEnd = line + 1 < starts.Length ? starts[line + 1] : length;
        return Math.Min(lineEnd, starts[line] + Math.Max(0, column));
    }

    /// <summary>The 0-based line and column of an offset.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line, offset - starts[line]);
    }
}
