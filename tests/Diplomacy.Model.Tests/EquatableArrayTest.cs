using System.Collections.Immutable;
using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests;

public class EquatableArrayTest
{
    [Fact]
    public void SeparatelyBuiltArrays_WithEqualElements_AreEqual()
    {
        EquatableArray<Id<Actor>> first = [new("prk"), new("kor")];
        var second = new List<Id<Actor>> { new("prk"), new("kor") }.ToEquatableArray();

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.False(first != second);
        Assert.True(first.Equals((object)second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void ChangingOneElement_OrTheOrder_OrTheLength_MakesThemUnequal()
    {
        EquatableArray<string> original = ["a", "b", "c"];

        Assert.NotEqual(original, ["a", "x", "c"]);
        Assert.NotEqual(original, ["c", "b", "a"]);
        Assert.NotEqual(original, ["a", "b"]);
        Assert.NotEqual(original, ["a", "b", "c", "d"]);
        Assert.True(original != ["a", "x", "c"]);
    }

    [Fact]
    public void Default_EqualsEmpty_AndAnEmptyImmutableArray()
    {
        EquatableArray<string> defaulted = default;

        Assert.Equal(EquatableArray<string>.Empty, defaulted);
        Assert.Equal(new EquatableArray<string>(ImmutableArray<string>.Empty), defaulted);
        Assert.Equal(new EquatableArray<string>(default(ImmutableArray<string>)), defaulted);
        Assert.True(defaulted.Count == 0);
        Assert.True(defaulted.IsEmpty);
        Assert.Empty(defaulted);
        Assert.True(defaulted.AsImmutableArray().IsEmpty);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), new EquatableArray<string>(ImmutableArray<string>.Empty).GetHashCode());
        Assert.Equal("[]", defaulted.ToString());
    }

    [Fact]
    public void NullElement_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new EquatableArray<string>(ImmutableArray.Create("a", null!, "c")));

        Assert.Equal("items", error.ParamName);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullElement_ThroughCollectionExpressionAndToEquatableArray_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => EquatableArray.Create<string>(["a", null!]));
        Assert.Throws<ArgumentException>(() => new[] { "a", null! }.ToEquatableArray());
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<string>)null!).ToEquatableArray());
    }

    [Fact]
    public void ValueTypeElements_DefaultIsAllowed()
    {
        EquatableArray<int> numbers = [0, 0];

        Assert.Equal(2, numbers.Count);
        Assert.Equal([0, 0], numbers);
    }

    [Fact]
    public void Indexer_Enumeration_AndToString()
    {
        EquatableArray<string> items = ["prk", "kor"];

        Assert.Equal("kor", items[1]);
        Assert.Equal(new[] { "prk", "kor" }, items.ToArray());
        Assert.Equal("[prk, kor]", items.ToString());
    }

    [Fact]
    public void SourceArrayMutation_DoesNotLeakIn()
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        builder.Add("a");
        var items = new EquatableArray<string>(builder.ToImmutable());
        builder.Add("b");

        Assert.Equal(["a"], items);
    }
}
