using Diplomacy.Model.Actors;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Documentation;

/// <summary>The README's code example, kept compiling and true.</summary>
public class ReadmeExampleTest
{
    [Fact]
    public void ReadmeExample_BuildsIncident_AndTradeMissionHasNoInviolability()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_4a349343ccaee4b6.txt"));
        var src = new Id<Source>("src-000");
        Provenance Said(string words) =>
            Provenance.Cited(new Attribution(src, TextSpan.Find(text, words), AttributionBasis.ReporterAssertion));

        var kor = new State(new("kor"), new CountryCode("KOR"), "South Korea",
            [new Alias("Seoul", AliasKind.Metonym, Said("Seoul"))]);
        var chn = new State(new("chn"), new CountryCode("CHN"), "China");
        var mission = new Mission(new("kor-trade-beijing"), MissionKind.TradeMission, kor.Id, chn.Id, "Beijing",
            Said("South Korea's trade mission in Beijing"));

        var incident = new Incident(new("seed"), "Refuge in a South Korean mission",
            sources: [new Source(src, SourceKind.NewsReport, "en", ContentHash.Of(text))],
            actors: [kor, chn], missions: [mission]);

        Assert.Equal(PremisesInviolability.None, incident.GetMission(mission.Id).Regime.Inviolability);
        Assert.True(kor.IsKnownAs("Seoul"));
        // The headline is the first line: "Seoul" first occurs there, at code point 58 (counted with grep -bo; the text is ASCII).
        Assert.Equal(58, kor.Aliases[0].Provenance.Attributions[0].Span.Start);
    }
}
