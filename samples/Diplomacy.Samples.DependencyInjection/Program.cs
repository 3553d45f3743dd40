// Diplomacy.Model through Microsoft.Extensions.DependencyInjection: register the services once,
// resolve them where they are needed. Run: dotnet run --project samples/Diplomacy.Samples.DependencyInjection
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var services = new ServiceCollection();
services.AddDiplomacyModel(options =>
{
    options.IndentedJson = false;         // compact documents, e.g. for a message queue
    options.MaxDocumentBytes = 1_000_000; // refuse anything bigger than 1 MB when reading
});
using var provider = services.BuildServiceProvider();

var clock = provider.GetRequiredService<IClock>();
var seeds = provider.GetRequiredService<SeedLoader>().LoadBundled();
var serializer = provider.GetRequiredService<IncidentJsonSerializer>();
var comparer = provider.GetRequiredService<ReportComparer>();
var checker = provider.GetRequiredService<PlausibilityChecker>();

Console.WriteLine($"Loaded {seeds.Count} seed reports at {clock.GetCurrentInstant():yyyy-MM-dd'T'HH:mm'Z'}:");
foreach (var seed in seeds)
{
    string json = serializer.Serialize(seed.Report);
    bool roundTrips = serializer.Deserialize<Report>(json).Equals(seed.Report);
    Console.WriteLine($"  {seed.Name}: {seed.Report.Account.Statements.Count} statements, {json.Length:N0} bytes of JSON, round-trips: {roundTrips}");
    foreach (var finding in checker.Check(seed.Report.Account))
    {
        Console.WriteLine($"    warning {finding.Rule}: {finding.Message}");
    }
}

var comparison = comparer.Compare(seeds.Select(s => s.Report).ToList());
Console.WriteLine("Comparison of the two reports:");
foreach (var group in comparison.Findings.GroupBy(f => f.Verdict).OrderBy(g => g.Key))
{
    Console.WriteLine($"  {group.Key,-11} {group.Count(),2}  ({string.Join(", ", group.Select(f => f.Subject is null ? f.Aspect.ToString() : $"{f.Aspect} {f.Subject}").Distinct())})");
}
