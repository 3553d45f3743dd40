using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Incidents;

namespace Diplomacy.Model.Tests.Annotations;

public class MutabilityTest
{
    private const BindingFlags AllDeclared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Model = typeof(Incident).Assembly;

    // Options classes configured through Action<TOptions> must be mutable by the Microsoft.Extensions
    // convention; they are the only mutable public types, and only the container sees them mutate.
    private static readonly Type[] MutableByConvention = [typeof(Diplomacy.Model.DependencyInjection.DiplomacyModelOptions)];

    [Fact]
    public void EveryPublicType_IsImmutableEnumStaticClassOrException()
    {
        var offenders = Model.GetExportedTypes()
            .Where(type => !IsImmutable(type) && !type.IsEnum && !IsStaticClass(type) && !typeof(Exception).IsAssignableFrom(type)
                && !MutableByConvention.Contains(type))
            .Select(type => type.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "Public types that are neither [Immutable], enums, static classes nor exceptions: " + string.Join(", ", offenders));
    }

    [Fact]
    public void ImmutableTypes_HaveNoSettersNonReadonlyFieldsOrExposedMutableCollections()
    {
        var immutableTypes = Model.GetTypes().Where(IsImmutable).ToList();
        var problems = immutableTypes.SelectMany(MutabilityProblems).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(problems.Count == 0, "Mutable members in [Immutable] types:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void ImmutableTypes_IncludeTheRecordHierarchiesThroughTheirBase()
    {
        // The attribute is on the abstract bases; the leaves must be recognised (and so checked) through them.
        Assert.True(IsImmutable(typeof(Model.Actors.State)));
        Assert.True(IsImmutable(typeof(Model.Actors.NamedPerson)));
        Assert.True(IsImmutable(typeof(Model.Statements.Quotation)));
        Assert.True(IsImmutable(typeof(Model.Asylum.MissionRefuge)));
        Assert.True(IsImmutable(typeof(Id<>)));
        Assert.True(IsImmutable(typeof(EquatableArray<>)));
    }

    [Fact]
    public void Checker_FlagsEachKindOfMutability()
    {
        // Proves the rule above can fail: each sample type breaks exactly one rule.
        Assert.Contains(MutabilityProblems(typeof(WithPublicSetter)), p => p.Contains("Name", StringComparison.Ordinal) && p.Contains("setter", StringComparison.Ordinal));
        Assert.Contains(MutabilityProblems(typeof(WithInitSetter)), p => p.Contains("Name", StringComparison.Ordinal) && p.Contains("setter", StringComparison.Ordinal));
        Assert.Contains(MutabilityProblems(typeof(WithProtectedSetter)), p => p.Contains("Name", StringComparison.Ordinal));
        Assert.Contains(MutabilityProblems(typeof(WithWritableField)), p => p.Contains("count", StringComparison.Ordinal));
        Assert.Contains(MutabilityProblems(typeof(WithList)), p => p.Contains("Items", StringComparison.Ordinal) && p.Contains("collection", StringComparison.Ordinal));
        Assert.Contains(MutabilityProblems(typeof(WithArray)), p => p.Contains("Items", StringComparison.Ordinal));
        Assert.Contains(MutabilityProblems(typeof(WithCollectionInterface)), p => p.Contains("Items", StringComparison.Ordinal));
        Assert.Empty(MutabilityProblems(typeof(WellBehaved)));
    }

    private static bool IsImmutable(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var definition = current.IsGenericType ? current.GetGenericTypeDefinition() : current;
            if (definition.IsDefined(typeof(ImmutableAttribute), inherit: false))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsStaticClass(Type type) => type.IsClass && type.IsAbstract && type.IsSealed;

    private static IEnumerable<string> MutabilityProblems(Type type)
    {
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var property in current.GetProperties(AllDeclared))
            {
                if (property.SetMethod is { } setter && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly))
                {
                    yield return $"{current.FullName}.{property.Name} has a public or protected setter";
                }
                if (IsExposed(property.GetMethod) && IsMutableCollection(property.PropertyType))
                {
                    yield return $"{current.FullName}.{property.Name} exposes a mutable collection ({property.PropertyType.Name})";
                }
            }
            foreach (var field in current.GetFields(AllDeclared))
            {
                if (!field.IsStatic && !field.IsInitOnly)
                {
                    yield return $"{current.FullName}.{field.Name} is an instance field that is not readonly";
                }
                if ((field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && IsMutableCollection(field.FieldType))
                {
                    yield return $"{current.FullName}.{field.Name} exposes a mutable collection ({field.FieldType.Name})";
                }
            }
        }
    }

    private static bool IsExposed(MethodInfo? accessor) => accessor is not null && (accessor.IsPublic || accessor.IsFamily || accessor.IsFamilyOrAssembly);

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }
        string? ns = type.Namespace;
        if (ns is "System.Collections.Immutable" or "System.Collections.Frozen")
        {
            return false;
        }
        return IsCollectionInterface(type) || type.GetInterfaces().Any(IsCollectionInterface);

        static bool IsCollectionInterface(Type candidate) =>
            candidate == typeof(IList) || candidate == typeof(IDictionary)
            || (candidate.IsGenericType && candidate.GetGenericTypeDefinition() is var definition
                && (definition == typeof(ICollection<>) || definition == typeof(IList<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>)));
    }

    private sealed class WithPublicSetter
    {
        public string Name { get; set; } = "";
    }

    private sealed class WithInitSetter
    {
        public string Name { get; init; } = "";
    }

    private class WithProtectedSetter
    {
        public string Name { get; protected set; } = "";
    }

    private sealed class WithWritableField
    {
#pragma warning disable IDE0044, CS0649, CS0169
        private int count;
#pragma warning restore IDE0044, CS0649, CS0169

        public override string ToString() => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class WithList
    {
        public List<string> Items { get; } = [];
    }

    private sealed class WithArray
    {
        public string[] Items { get; } = [];
    }

    private sealed class WithCollectionInterface
    {
        public ICollection<string> Items { get; } = [];
    }

    private sealed class WellBehaved
    {
        private readonly List<string> hidden = [];

        public ImmutableArray<string> Items { get; } = [];

        public EquatableArray<string> More { get; } = [];

        public IReadOnlyList<string> View => hidden;
    }
}
