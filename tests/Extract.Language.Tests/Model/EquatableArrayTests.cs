using CsCheck;
using Extract.Language.Model;

namespace Extract.Language.Tests.Model;

public class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_elements_are_equal_and_hash_alike()
    {
        var a = EquatableArray.Of("قوات", "الجيش");
        var b = new[] { "قوات", "الجيش" }.ToEquatableArray();
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Order_matters()
    {
        Assert.NotEqual(EquatableArray.Of(1, 2), EquatableArray.Of(2, 1));
    }

    [Fact]
    public void The_default_value_is_the_empty_array()
    {
        Assert.Equal(default, EquatableArray<int>.Empty);
        Assert.Empty(default(EquatableArray<int>));
    }

    [Fact]
    public void Nested_arrays_compare_by_value() =>
        Gen.Int[0, 5].Array[0, 6].Array[0, 6].Sample(items =>
        {
            var left = items.Select(inner => inner.ToEquatableArray()).ToEquatableArray();
            var right = items.Select(inner => inner.ToArray().ToEquatableArray()).ToEquatableArray();
            return left.Equals(right) && left.GetHashCode() == right.GetHashCode();
        });
}
