using Diplomacy.Model.Incidents;

namespace Diplomacy.Model.Tests.Seeds;

/// <summary>The hand-built seed fixtures by seed name, so tests can run over both seeds.</summary>
internal static class SeedFixtures
{
    public static readonly IReadOnlyDictionary<string, Func<Report>> ByName = new Dictionary<string, Func<Report>>(StringComparer.Ordinal)
    {
        [Path.GetFileNameWithoutExtension(SeedReport000.FileName)] = SeedReport000.Build,
        [Path.GetFileNameWithoutExtension(SeedReport001.FileName)] = SeedReport001.Build,
    };

    /// <summary>The seed names, in ordinal order, for theories.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in ByName.Keys.Order(StringComparer.Ordinal))
            {
                names.Add(name);
            }
            return names;
        }
    }

    /// <summary>The seed text copied next to the tests (from the repository's seeds/ folder).</summary>
    public static string TextPath(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name + ".txt");

    /// <summary>The annotation file copied next to the tests.</summary>
    public static string AnnotationPath(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name + ".report.json");
}
