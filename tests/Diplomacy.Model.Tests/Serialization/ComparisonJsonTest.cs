using System.Text;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Tests.Comparison;

namespace Diplomacy.Model.Tests.Serialization;

/// <summary>Comparisons and plausibility findings are values of the model and documents of the format.</summary>
public class ComparisonJsonTest
{
    private static readonly IncidentJsonSerializer Indented = RoundTripTest.Indented;
    private static readonly IncidentJsonSerializer Compact = RoundTripTest.Compact;

    // Two sketches that differ on most aspects, so the comparer gives several verdicts.
    private static ReportComparison Compared() => ReportComparer.Instance.Compare(
        new ReportSketch("src-a") { FamilyAtRisk = true }.Build(),
        new ReportSketch("src-b")
        {
            ClaimantName = null,
            MissionKind = MissionKind.Embassy,
            Receiving = "KOR",
            City = "Seoul",
            KoreanStance = Stance.DeclinesToComment,
        }.Build());

    private static Attribution Cite(string source, string quote) =>
        new(new Id<Source>(source), new TextSpan(3, quote), AttributionBasis.AnonymousSources, grade: new AdmiraltyGrade(SourceReliability.UsuallyReliable, InformationCredibility.PossiblyTrue));

    // Every aspect and every verdict at least once, against two other reports, with a non-ASCII account.
    private static ReportComparison HandBuilt()
    {
        var aspects = Enum.GetValues<ComparisonAspect>();
        var verdicts = Enum.GetValues<ComparisonVerdict>();
        var findings = new List<ComparisonFinding>();
        for (int i = 0; i < Math.Max(aspects.Length, verdicts.Length); i++)
        {
            var verdict = verdicts[i % verdicts.Length];
            string other = i % 2 == 0 ? "src-b" : "src-c";
            var first = new ComparisonSide(new("src-a"), "리평철 (PRK), trade representative", [Cite("src-a", "Ri Pyong-chol")]);
            var second = verdict == ComparisonVerdict.OnlyInOne
                ? ComparisonSide.Silent(new(other))
                : new ComparisonSide(new(other), "unnamed: a North Korean official (PRK)", i % 3 == 0 ? default : [Cite(other, "official")]);
            findings.Add(new ComparisonFinding(aspects[i % aspects.Length], i % 4 == 0 ? null : $"subject-{i}", verdict, $"explanation {i} — \"quoted\"", first, second));
        }
        return new ReportComparison([new("src-a"), new("src-b"), new("src-c")], [.. findings]);
    }

    private static PlausibilityFinding[] Findings() =>
    [
        .. Enum.GetValues<PlausibilityRule>().Select((rule, i) => new PlausibilityFinding(
            rule, $"{rule} is implausible here", $"$.missions[{i}]", i % 2 == 0 ? default : [Cite("src-a", "the embassy"), Cite("src-b", "the mission")])),
        .. PlausibilityChecker.Instance.Check(new ReportSketch("src-p") { Sending = "PRK", MissionKind = MissionKind.Embassy, Receiving = "KOR", City = "Seoul" }.Build().Account),
    ];

    public static TheoryData<string> Comparisons => ["compared", "hand-built"];

    private static ReportComparison ComparisonNamed(string name) => name == "compared" ? Compared() : HandBuilt();

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Comparison_ModelToJsonToModel_IsEqual(string name)
    {
        var comparison = ComparisonNamed(name);
        foreach (var serializer in new[] { Indented, Compact })
        {
            Assert.Equal(comparison, serializer.Deserialize<ReportComparison>(serializer.Serialize(comparison)));
            Assert.Equal(comparison, serializer.Deserialize<ReportComparison>(serializer.SerializeToUtf8Bytes(comparison)));
        }
    }

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Comparison_JsonToModelToJson_IsByteIdentical(string name)
    {
        foreach (var serializer in new[] { Indented, Compact })
        {
            byte[] first = serializer.SerializeToUtf8Bytes(ComparisonNamed(name));
            byte[] second = serializer.SerializeToUtf8Bytes(serializer.Deserialize<ReportComparison>(first));
            Assert.Equal(first, second);
            Assert.Equal(first, serializer.SerializeToUtf8Bytes(ComparisonNamed(name))); // built again, independently
        }
    }

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Comparison_OutputIsValidAgainstTheSchema(string name)
    {
        var errors = SchemaTest.Schema.Validate(Indented.Serialize(ComparisonNamed(name)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Comparison_IsWrittenInItsEnvelope_WithCamelCaseEnums()
    {
        string json = Compact.Serialize(Compared());
        Assert.StartsWith("{\"formatVersion\":\"1.0\",\"comparison\":{\"sources\":[\"src-a\",\"src-b\"],\"findings\":[{\"aspect\":\"", json);
        Assert.Contains("\"verdict\":\"contradict\"", json);
        Assert.Contains("\"aspect\":\"placeOfRefuge\"", json);
        Assert.True(IncidentJsonSerializer.Supports(typeof(ReportComparison)));
        Assert.True(IncidentJsonSerializer.Supports(typeof(PlausibilityFinding)));
    }

    [Fact]
    public void ComparisonAndPlausibilityDocumentsWriteEveryValueOfTheirEnums()
    {
        string json = Compact.Serialize(HandBuilt()) + string.Concat(Findings().Select(Compact.Serialize));
        foreach (var (type, names) in SchemaTest.ModelEnums().Where(e => SchemaTest.ResultNamespaces.Contains(e.Type.Namespace)))
        {
            foreach (var name in names)
            {
                Assert.True(json.Contains($"\"{name}\"", StringComparison.Ordinal), $"{type.Name}.{name} is never written.");
            }
        }
    }

    [Fact]
    public void EmptyComparison_LeavesFindingsOut_AndRoundTrips()
    {
        var comparison = new ReportComparison([new("src-a"), new("src-b")], default);
        string json = Compact.Serialize(comparison);
        Assert.Equal("{\"formatVersion\":\"1.0\",\"comparison\":{\"sources\":[\"src-a\",\"src-b\"]}}", json);
        Assert.Equal(comparison, Compact.Deserialize<ReportComparison>(json));
    }

    [Fact]
    public void PlausibilityFindings_RoundTrip_AndAreValidAgainstTheirSchemaDefinition()
    {
        var definition = SchemaTest.Schema.Definitions["plausibilityFinding"];
        var findings = Findings();
        Assert.Contains(findings, f => f.Rule == PlausibilityRule.RefugeInMissionOfStateFled && !f.Attributions.IsEmpty);
        foreach (var finding in findings)
        {
            foreach (var serializer in new[] { Indented, Compact })
            {
                byte[] json = serializer.SerializeToUtf8Bytes(finding);
                Assert.Equal(finding, serializer.Deserialize<PlausibilityFinding>(json));
                Assert.Equal(json, serializer.SerializeToUtf8Bytes(serializer.Deserialize<PlausibilityFinding>(json)));
                var errors = definition.Validate(Encoding.UTF8.GetString(json));
                Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
            }
        }
        Assert.StartsWith("{\"rule\":\"", Compact.Serialize(findings[0]));
    }

    [Fact]
    public async Task PlausibilityFindings_StreamAsNdjson()
    {
        var findings = Findings();
        using var stream = new MemoryStream();
        await IncidentNdjson.WriteAsync(stream, findings);
        stream.Position = 0;
        var back = new List<PlausibilityFinding>();
        await foreach (var finding in IncidentNdjson.ReadAsync<PlausibilityFinding>(stream))
        {
            back.Add(finding);
        }
        Assert.Equal(findings, back);
    }

    [Fact]
    public void Reading_AFindingThatDoesNotStartAtThePivot_NamesTheSideAndLine()
    {
        string json = Indented.Serialize(Compared()).Replace("\"source\": \"src-a\"", "\"source\": \"src-x\"", StringComparison.Ordinal);
        var e = Assert.Throws<IncidentFormatException>(() => Indented.Deserialize<ReportComparison>(json));
        Assert.Equal("$.comparison.findings[0].first.source", e.JsonPath);
        Assert.True(e.LineNumber > 1);
        Assert.Contains("pivot", e.Message);
    }

    [Fact]
    public void Reading_ASecondSideOfAnotherReport_NamesTheSide()
    {
        string json = Indented.Serialize(Compared()).Replace("\"source\": \"src-b\"", "\"source\": \"src-z\"", StringComparison.Ordinal);
        var e = Assert.Throws<IncidentFormatException>(() => Indented.Deserialize<ReportComparison>(json));
        Assert.Equal("$.comparison.findings[0].second.source", e.JsonPath);
    }

    [Theory]
    [InlineData("\"verdict\":\"agree\"", "\"verdict\":\"Agree\"", "$.comparison.findings[0].verdict")]
    [InlineData("\"verdict\":\"agree\"", "\"verdict\":0", "$.comparison.findings[0].verdict")]
    [InlineData("\"aspect\":\"claimant\"", "\"aspect\":\"claimant\",\"colour\":1", "$.comparison.findings[0].colour")]
    [InlineData("\"verdict\":\"agree\"", "\"verdict\":\"onlyInOne\"", "$.comparison.findings[0].verdict")]
    [InlineData("\"sources\":[\"src-a\",\"src-b\"]", "\"sources\":[\"src-a\"]", "$.comparison.sources")]
    [InlineData("\"sources\":[\"src-a\",\"src-b\"]", "\"sources\":[\"src-a\",\"src-a\"]", "$.comparison.sources[1]")]
    [InlineData("\"formatVersion\":\"1.0\"", "\"formatVersion\":\"2.0\"", "$.formatVersion")]
    public void Reading_BrokenComparisons_FailsAtThePath(string find, string replace, string path)
    {
        var comparison = new ReportComparison([new("src-a"), new("src-b")],
            [new ComparisonFinding(ComparisonAspect.Claimant, null, ComparisonVerdict.Agree, "the same name",
                new ComparisonSide(new("src-a"), "Ri"), new ComparisonSide(new("src-b"), "Ri"))]);
        string json = Compact.Serialize(comparison);
        Assert.Contains(find, json);
        var e = Assert.Throws<IncidentFormatException>(() => Compact.Deserialize<ReportComparison>(json.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Equal(path, e.JsonPath);
        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void Reading_ASilentSideWithAttributions_FailsAtItsAttributions()
    {
        string json = """
            {"formatVersion":"1.0","comparison":{"sources":["src-a","src-b"],"findings":[{"aspect":"claim","verdict":"onlyInOne","explanation":"only in one",
            "first":{"source":"src-a","account":"a claim"},
            "second":{"source":"src-b","attributions":[{"source":"src-b","span":{"start":0,"quote":"x"},"basis":"reporterAssertion"}]}}]}}
            """;
        var e = Assert.Throws<IncidentFormatException>(() => Compact.Deserialize<ReportComparison>(json));
        Assert.Equal("$.comparison.findings[0].second.attributions", e.JsonPath);
        Assert.Equal(3, e.LineNumber);
    }

    [Fact]
    public void Reading_APlausibilityFindingWithABadPath_FailsAtThePath()
    {
        var e = Assert.Throws<IncidentFormatException>(() => Compact.Deserialize<PlausibilityFinding>(
            """{"rule":"refugeInMissionOfStateFled","message":"m","path":"missions[0]"}"""));
        Assert.Equal("$.path", e.JsonPath);
        e = Assert.Throws<IncidentFormatException>(() => Compact.Deserialize<PlausibilityFinding>(
            """{"rule":"noSuchRule","message":"m","path":"$"}"""));
        Assert.Equal("$.rule", e.JsonPath);
    }
}
