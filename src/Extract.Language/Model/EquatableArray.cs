using System.Collections;

namespace Extract.Language.Model;

/// <summary>
/// An immutable array with value semantics: two arrays are equal when their elements are equal in
/// order, and equal arrays have equal hash codes. The model is built from records and this type only,
/// so that two bindings of the same rule text compare equal (incremental generators cache on it).
/// </summary>
/// <typeparam name="T">The element type; its own <see cref="object.Equals(object)"/> decides equality.</typeparam>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? items;

    /// <summary>Wraps <paramref name="items"/>; the caller must not change the array afterwards.</summary>
    public EquatableArray(T[] items) => this.items = items;

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => new([]);

    /// <summary>The number of elements.</summary>
    public int Count => items?.Length ?? 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public T this[int index] => (items ?? [])[index];

    /// <summary>The elements as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => items;

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var left = items ?? [];
        var right = other.items ?? [];
        if (ReferenceEquals(left, right)) return true;
        if (left.Length != right.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Length; i++)
            if (!comparer.Equals(left[i], right[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var item in items ?? []) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>True when both arrays hold equal elements in the same order.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>True when the arrays differ in length or in some element.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an array.</summary>
    public static implicit operator EquatableArray<T>(T[] items) => new(items);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the elements, for debugging and messages.</summary>
    public override string ToString() => "[" + string.Join(", ", items ?? []) + "]";
}

/// <summary>Helpers to build <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Copies a sequence into an equatable array.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items.ToArray());

    /// <summary>Builds an equatable array from the given elements.</summary>
    public static EquatableArray<T> Of<T>(params T[] items) => new(items);
}
