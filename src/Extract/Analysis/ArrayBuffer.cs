namespace Extract.Analysis;

/// <summary>Growth of the analyzer's reusable arrays.</summary>
internal static class ArrayBuffer
{
    /// <summary>Makes <paramref name="array"/> hold at least <paramref name="needed"/> items, at least doubling it.</summary>
    public static void Grow<T>(ref T[] array, int needed)
    {
        if (needed > array.Length) Array.Resize(ref array, Math.Max(needed, array.Length * 2));
    }
}
