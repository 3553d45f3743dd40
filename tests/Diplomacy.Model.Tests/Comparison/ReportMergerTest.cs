using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Tests.Seeds;

namespace Diplomacy.Model.Tests.Comparison;

/// <summary>
/// Merging reports: the seed reports into one incident, id collisions, idempotence, many reports,
/// determinism. Every merged incident is validated by its constructor (ids, references).
/// </summary>
public class ReportMergerTest
{
    private static readonly Id<Incident> MergedId = new("incident:merged");

    private static readonly Report Seed000 = SeedReport000.Build();

    private static readonly Report Seed001 = SeedReport001.Build();

    private static readonly Incident Seeds = ReportMerger.Instance.Merge(Seed000, Seed001, MergedId, "Seeds merged");

    private static Incident Merge(params Report[] reports) => ReportMerger.Instance.Merge(reports, MergedId, "merged");

    // (source, span, basis) of every attribution, counted.
    private static Dictionary<(string, TextSpan, AttributionBasis), int> Attributions(Incident incident) =>
        incident.EnumerateAttributions()
            .GroupBy(x => (x.Attribution.Source.Value, x.Attribution.Span, x.Attribution.Basis))
            .ToDictionary(g => g.Key, g => g.Count());

    private static Actor ClaimantOf(Incident incident, AsylumClaim claim) => incident.GetActor(claim.Claimant);

    [Fact]
    public void Seeds_MergedIncident_HoldsBothSourcesInOrder()
    {
        Assert.Equal(MergedId, Seeds.Id);
        Assert.Equal([SeedReport000.SourceId, SeedReport001.SourceId], Seeds.Sources.Select(s => s.Id));
        Assert.Equal(Seed000.Source, Seeds.Sources[0]);
        Assert.Equal(Seed001.Source, Seeds.Sources[1]);
    }

    [Fact]
    public void Seeds_EveryAttributionOfBothReports_IsInTheMerge()
    {
        var merged = Attributions(Seeds);
        var expected = Attributions(Seed000.Account);
        foreach (var (key, count) in Attributions(Seed001.Account))
        {
            expected[key] = expected.GetValueOrDefault(key) + count;
        }

        var missing = expected.Where(e => merged.GetValueOrDefault(e.Key) < e.Value).Select(e => $"{e.Key} x{e.Value - merged.GetValueOrDefault(e.Key)}").ToList();
        var invented = merged.Keys.Where(k => !expected.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "Attributions lost in the merge:\n" + string.Join("\n", missing));
        Assert.Empty(invented);
    }

    [Fact]
    public void Seeds_EachStateAppearsOnce_WithAliasesOfBothReports()
    {
        var states = Seeds.Actors.OfType<State>().ToList();

        Assert.Equal(["PRK", "KOR", "CHN", "USA"], states.Select(s => s.Code.Value));
        var prk = Seeds.GetActor(SeedReport000.Prk);
        // The same words of the same kind in both reports: one alias citing both.
        var northKorea = Assert.Single(prk.Aliases, a => a.Text == "North Korea");
        Assert.Equal(AliasKind.ShortName, northKorea.Kind);
        Assert.Equal(["src:000", "src:001"], northKorea.Provenance.Attributions.Select(a => a.Source.Value));
        // Words only one report uses keep that report's provenance.
        var dprk = Assert.Single(prk.Aliases, a => a.Text == "DPRK");
        Assert.Equal(SeedReport001.Zhao, Assert.Single(dprk.Provenance.Attributions).AttributedTo);
        Assert.Contains(Seeds.GetActor(SeedReport000.Kor).Aliases, a => a.Text == "Seoul" && a.Kind == AliasKind.Metonym);
    }

    [Fact]
    public void Seeds_ClaimantAppearsOnce_AsNamedRiWithTheUnnamedDescriptionCitingReport001()
    {
        var claimants = Seeds.AsylumClaims.Select(c => c.Claimant).Distinct().ToList();

        var ri = Assert.IsType<NamedPerson>(Seeds.GetActor(Assert.Single(claimants)));
        Assert.Equal(SeedReport000.Ri, ri.Id);
        Assert.Equal("Ri Pyong-chol", ri.Name);
        var description = Assert.Single(ri.Aliases, a => a.Text == "a North Korean official, who has not been named");
        Assert.Equal(AliasKind.Description, description.Kind);
        Assert.NotEmpty(description.Provenance.Attributions);
        Assert.All(description.Provenance.Attributions, a => Assert.Equal(SeedReport001.SourceId, a.Source));
        Assert.Contains(ri.Aliases, a => a.Text == "the official" && a.Provenance.Attributions.All(x => x.Source == SeedReport001.SourceId));
        Assert.DoesNotContain(Seeds.Actors, a => a is UnnamedPerson && a.DisplayName.Contains("North Korean official", StringComparison.Ordinal));
        // Report 001's post for its unnamed official is now held by Ri, beside report 000's.
        Assert.Equal(["trade representative", "official"], Seeds.PostsHeldBy(ri.Id).Select(p => p.Title));
    }

    [Fact]
    public void Seeds_ContradictingPlacesOfRefuge_BothMissionsAndBothClaimsKept()
    {
        Assert.Equal([SeedReport000.TradeMission, SeedReport001.SeoulEmbassy], Seeds.Missions.Select(m => m.Id));
        Assert.Equal([SeedReport000.RiClaim, SeedReport001.OfficialClaim], Seeds.AsylumClaims.Select(c => c.Id));
        foreach (var (claim, report) in Seeds.AsylumClaims.Zip([Seed000, Seed001]))
        {
            // Each claim is its own report's claim, refuge and history intact, citing only that report.
            var original = report.Account.GetAsylumClaim(claim.Id);
            Assert.Equal(((MissionRefuge)original.Refuge!).Mission, ((MissionRefuge)claim.Refuge!).Mission);
            Assert.Equal(original.History.Changes.Select(c => c.Status), claim.History.Changes.Select(c => c.Status));
            Assert.All(claim.Provenance.Attributions, a => Assert.Equal(report.Source.Id, a.Source));
        }
        // Report 001's statements about its claim still point at it.
        Assert.Equal(SeedReport001.OfficialClaim, Seeds.GetStatement(SeedReport001.KorNoComment).Regarding);
    }

    [Fact]
    public void Seeds_OrganizationsOfTheSameStateAndKindWithTheSameName_AppearOnce()
    {
        var chnMofa = Assert.Single(Seeds.Actors.OfType<Organization>(), o => o.Kind == OrganizationKind.Ministry && o.State == SeedReport000.Chn);

        Assert.Equal(SeedReport000.ChnForeignMinistry, chnMofa.Id);
        Assert.Contains(chnMofa.Aliases, a => a.Text == "China's foreign ministry" && a.Provenance.Attributions.All(x => x.Source == SeedReport000.SourceId));
        Assert.Contains(chnMofa.Aliases, a => a.Text == "Chinese foreign ministry" && a.Provenance.Attributions.All(x => x.Source == SeedReport001.SourceId));
        Assert.Single(Seeds.Actors.OfType<Organization>(), o => o.Kind == OrganizationKind.Government && o.State == SeedReport000.Prk);
    }

    [Fact]
    public void Seeds_GroupsThatDoNotAlign_AreKeptApart_AndACollidingIdIsRewritten()
    {
        var theirs = new Id<Actor>("src-001.group.south-korean-officials");

        var ours = Assert.IsType<PersonGroup>(Seeds.GetActor(SeedReport000.KorOfficials));
        var renamed = Assert.IsType<PersonGroup>(Seeds.GetActor(theirs));
        Assert.True(ours.IsAnonymous);
        Assert.False(renamed.IsAnonymous);
        Assert.Equal(theirs, Seeds.GetStatement(SeedReport001.KorNoComment).Speaker.Actor);
        Assert.Contains(theirs, Seeds.GetRemark(new Id<Model.Commentary.Remark>("remark.kor-next-steps-unclear")).Concerning);
    }

    [Fact]
    public void Seeds_PivotEntitiesComeFirst_InThePivotsOrder_ThenTheNewOnes()
    {
        int n = Seed000.Account.Actors.Count;

        Assert.Equal(Seed000.Account.Actors.Select(a => a.Id), Seeds.Actors.Take(n).Select(a => a.Id));
        Assert.Equal(
            [SeedReport001.Usa, SeedReport001.Zhao, new("src-001.group.south-korean-officials"), SeedReport001.ChnGovernment],
            Seeds.Actors.Skip(n).Select(a => a.Id));
        Assert.Equal(Seed000.Account.Statements.Concat(Seed001.Account.Statements).Select(s => s.Id), Seeds.Statements.Select(s => s.Id));
    }

    [Fact]
    public void Seeds_TheSameRelationInBothReports_IsOneRelationCitingBoth()
    {
        var alliance = Assert.Single(Seeds.Relations, r => r.Connects(SeedReport000.Prk, SeedReport000.Chn));

        Assert.Equal(["src:000", "src:001"], alliance.Provenance.Attributions.Select(a => a.Source.Value).Distinct());
        Assert.Equal(4, Seeds.Relations.Count);
    }

    [Fact]
    public void Seeds_MergedIncident_RoundTripsThroughJson()
    {
        var json = Model.Serialization.IncidentJsonSerializer.Default.Serialize(Seeds);

        Assert.Equal(Seeds, Model.Serialization.IncidentJsonSerializer.Default.Deserialize<Incident>(json));
        Assert.Contains("\"src-001.group.south-korean-officials\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_IsDeterministic()
    {
        var again = ReportMerger.Instance.Merge([SeedReport000.Build(), SeedReport001.Build()], MergedId, "Seeds merged");

        Assert.Equal(Seeds, again);
        Assert.NotSame(Seeds, again);
    }

    [Fact]
    public void Merge_ReportWithItself_IsThatReportsAccount()
    {
        var once = Merge(Seed001);
        var twice = Merge(Seed001, Seed001);

        Assert.Equal(once, twice);
        var account = Seed001.Account;
        Assert.Equal(account, new Incident(account.Id, account.Title, once.Sources, once.Actors, once.Posts, once.Relations,
            once.Instruments, once.Missions, once.AsylumClaims, once.Statements, once.Events, once.Remarks));
    }

    [Fact]
    public void Merge_OrderMatters_ThePivotKeepsItsIds()
    {
        var reversed = Merge(Seed001, Seed000);

        var claimant = Assert.Single(reversed.AsylumClaims.Select(c => c.Claimant).Distinct());
        // The pivot's unnamed official is named by the other report: its id stays, it becomes Ri.
        Assert.Equal(SeedReport001.Official, claimant);
        var ri = Assert.IsType<NamedPerson>(reversed.GetActor(claimant));
        Assert.Equal("Ri Pyong-chol", ri.Name);
        Assert.Contains(ri.Aliases, a => a.Text == "a North Korean official, who has not been named" && a.Kind == AliasKind.Description
            && a.Provenance.Attributions.All(x => x.Source == SeedReport001.SourceId));
        Assert.NotEqual(Seeds, reversed);
    }

    [Fact]
    public void Merge_TwoDifferentReportsFromOneSource_Throws()
    {
        var other = new ReportSketch("src:001").Build();

        var e = Assert.Throws<ArgumentException>(() => Merge(Seed001, other));
        Assert.Contains("src:001", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_NoReports_Throws() =>
        Assert.Throws<ArgumentException>(() => Merge());

    [Fact]
    public void Merge_SameIdForDifferentActors_RewritesTheSecondAndEveryReferenceToIt()
    {
        // Both reports call their speaker "p1": a named Chinese spokesperson in one, an anonymous group in the other.
        var first = SmallReport.Build("src:a", speaker: ("Zhao Lijian", Named: true), quotedBy: true);
        var second = SmallReport.Build("src:b", speaker: ("officials", Named: false), quotedBy: true);

        var merged = Merge(first, second);

        var renamed = new Id<Actor>("src-b.p1");
        Assert.IsType<NamedPerson>(merged.GetActor(new("p1")));
        Assert.IsType<PersonGroup>(merged.GetActor(renamed));
        var statement = Assert.Single(merged.Statements, s => s.Provenance.Attributions[0].Source.Value == "src:b");
        Assert.Equal(renamed, statement.Speaker.Actor);
        Assert.Equal(new Id<Post>("src-b.post"), statement.Speaker.Post);
        Assert.Equal(renamed, merged.GetPost(statement.Speaker.Post!).Holder);
        Assert.Equal(renamed, statement.Provenance.Attributions[0].AttributedTo);
        Assert.Equal(new Id<Statement>("src-b.s1"), statement.Id);
        // The state is the same state (same ISO code, same id): nothing to rename.
        Assert.Single(merged.Actors.OfType<State>());
    }

    [Fact]
    public void Merge_LegalInstruments_AlignByIdUnlessADifferentInstrumentTakesIt()
    {
        var other = new LegalInstrument(LegalInstrument.Vcdr1961.Id, "Some bilateral agreement", LegalInstrumentKind.BilateralAgreement);
        var first = SmallReport.Build("src:a", speaker: ("Zhao Lijian", Named: true), quotedBy: false, invokes: LegalInstrument.Vcdr1961);
        var second = SmallReport.Build("src:b", speaker: ("Zhao Lijian", Named: true), quotedBy: false, invokes: LegalInstrument.Vcdr1961);
        var third = SmallReport.Build("src:c", speaker: ("Zhao Lijian", Named: true), quotedBy: false, invokes: other);

        var merged = Merge(first, second, third);

        Assert.Equal([LegalInstrument.Vcdr1961.Id, new("src-c.vcdr-1961")], merged.Instruments.Select(i => i.Id));
        Assert.Equal("Some bilateral agreement", merged.GetInstrument(new("src-c.vcdr-1961")).Title);
        Assert.Equal(
            [[LegalInstrument.Vcdr1961.Id], [LegalInstrument.Vcdr1961.Id], [new Id<LegalInstrument>("src-c.vcdr-1961")]],
            merged.Statements.Select(s => s.Invokes.ToArray()));
    }

    [Fact]
    public void Merge_SameNameInBothReports_IsOnePerson()
    {
        var first = SmallReport.Build("src:a", speaker: ("Zhao Lijian", Named: true), quotedBy: false);
        var second = SmallReport.Build("src:b", speaker: ("Zhao Lijian", Named: true), quotedBy: false);

        var merged = Merge(first, second);

        Assert.Single(merged.Actors.OfType<NamedPerson>());
        Assert.All(merged.Statements, s => Assert.Equal(new Id<Actor>("p1"), s.Speaker.Actor));
        Assert.Equal(2, merged.Posts.Count);
    }

    [Fact]
    public void Merge_AgreeingClaims_BecomeOneClaimCitingBoth_ContradictingOnesStayApart()
    {
        var a = new ReportSketch("src-a");
        var agreeing = Merge(a.Build(), (a with { SourceId = "src-b", ClaimantName = null }).Build());
        var contradicting = Merge(a.Build(), (a with { SourceId = "src-b", MissionKind = MissionKind.Embassy, City = "Seoul" }).Build());

        var claim = Assert.Single(agreeing.AsylumClaims);
        Assert.Single(agreeing.Missions);
        Assert.Equal(["src-a", "src-b"], claim.Provenance.Attributions.Select(x => x.Source.Value));
        Assert.Equal(["src-a", "src-b"], Assert.Single(claim.History.Changes).Provenance.Attributions.Select(x => x.Source.Value));
        Assert.Equal(2, contradicting.AsylumClaims.Count);
        Assert.Equal(2, contradicting.Missions.Count);
        Assert.Single(contradicting.AsylumClaims.Select(c => c.Claimant).Distinct());
    }

    [Fact]
    public void Merge_FiftyGeneratedReports_IsValidAndLosesNothing()
    {
        var reports = Enumerable.Range(0, 50).Select(i => new ReportSketch($"src-{i:000}")
        {
            ClaimantName = i % 2 == 0 ? "Ri Pyong-chol" : null,
            FamilyAtRisk = i % 3 == 0,
            KoreanStance = i % 5 == 0 ? Stance.DeclinesToComment : Stance.Confirms,
            MissionKind = i == 49 ? MissionKind.Embassy : MissionKind.TradeMission,
        }.Build()).ToList();

        var merged = ReportMerger.Instance.Merge(reports, MergedId, "fifty");

        Assert.Equal(50, merged.Sources.Count);
        Assert.Equal(["PRK", "KOR", "CHN"], merged.Actors.OfType<State>().Select(s => s.Code.Value));
        Assert.Single(merged.AsylumClaims.Select(c => c.Claimant).Distinct());
        Assert.IsType<NamedPerson>(merged.GetActor(merged.AsylumClaims[0].Claimant));
        Assert.Equal(2, merged.Missions.Count);
        Assert.Equal(2, merged.AsylumClaims.Count);
        Assert.Equal(reports.Sum(r => r.Account.Statements.Count), merged.Statements.Count);
        var expected = reports.SelectMany(r => Attributions(r.Account)).ToDictionary(e => e.Key, e => e.Value);
        var actual = Attributions(merged);
        Assert.All(expected, e => Assert.True(actual.GetValueOrDefault(e.Key) >= e.Value, $"lost {e.Key}"));
        Assert.Equal(merged, ReportMerger.Instance.Merge(reports, MergedId, "fifty"));
    }
}
