using System.Text;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Interop;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Sources;
using NodaTime;

namespace Diplomacy.Model.Tests.Interop;

public class GdeltEventReaderTest
{
    private static async Task<List<GdeltRow>> ReadAll()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(GdeltFixture.Export()));
        var rows = new List<GdeltRow>();
        await foreach (var row in GdeltEventReader.ReadAsync(stream))
        {
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void ColumnConstants_FollowTheCodebookOrder()
    {
        Assert.Equal("GLOBALEVENTID", GdeltEventColumns.NameOf(GdeltEventColumns.GlobalEventId));
        Assert.Equal("SQLDATE", GdeltEventColumns.NameOf(GdeltEventColumns.SqlDate));
        Assert.Equal("Actor1Type1Code", GdeltEventColumns.NameOf(GdeltEventColumns.Actor1Type1Code));
        Assert.Equal("Actor2Code", GdeltEventColumns.NameOf(GdeltEventColumns.Actor2Code));
        Assert.Equal("EventCode", GdeltEventColumns.NameOf(GdeltEventColumns.EventCode));
        Assert.Equal("GoldsteinScale", GdeltEventColumns.NameOf(GdeltEventColumns.GoldsteinScale));
        Assert.Equal("AvgTone", GdeltEventColumns.NameOf(GdeltEventColumns.AvgTone));
        Assert.Equal("Actor1Geo_Type", GdeltEventColumns.NameOf(35));
        Assert.Equal("ActionGeo_Lat", GdeltEventColumns.NameOf(GdeltEventColumns.ActionGeoLatitude));
        Assert.Equal("DATEADDED", GdeltEventColumns.NameOf(GdeltEventColumns.DateAdded));
        Assert.Equal("SOURCEURL", GdeltEventColumns.NameOf(GdeltEventColumns.SourceUrl));
    }

    [Fact]
    public async Task ReadsValidRows_AndReportsBadRowsByLine_WithoutStopping()
    {
        var rows = await ReadAll();

        Assert.Equal(new long[] { 1, 2, 4, 5, 6, 7, 8 }, rows.Select(r => r.LineNumber));
        Assert.Equal(new[] { true, true, true, false, false, false, false }, rows.Select(r => r.IsValid));
        var errors = rows.Where(r => !r.IsValid).Select(r => r.Error!).ToList();
        Assert.Equal(new long[] { 5, 6, 7, 8 }, errors.Select(e => e.LineNumber));
        Assert.Equal(new string?[] { null, "SQLDATE", "GoldsteinScale", "EventCode" }, errors.Select(e => e.Column));
        Assert.Contains("60", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'2016-10-11'", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("'high'", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParsesTheFieldsOfARow()
    {
        var appeal = (await ReadAll())[0].Event!;

        Assert.Equal(1001, appeal.GlobalEventId);
        Assert.Equal(new LocalDate(2016, 10, 10), appeal.Day);
        Assert.Equal(new GdeltActor("CHNGOV", "CHINA", "CHN", "GOV"), appeal.Actor1);
        Assert.Equal(new GdeltActor("KORGOV", "SOUTH KOREA", "KOR", "GOV"), appeal.Actor2);
        Assert.True(appeal.IsRootEvent);
        Assert.Equal(("027", "027", "02"), (appeal.EventCode.Value, appeal.EventBaseCode.Value, appeal.EventRootCode.Value));
        Assert.Equal(1, appeal.QuadClass);
        Assert.Equal(4.0, appeal.GoldsteinScale);
        Assert.Equal((10, 2, 10), (appeal.NumMentions, appeal.NumSources, appeal.NumArticles));
        Assert.Equal(-1.25, appeal.AvgTone);
        Assert.Equal(new GdeltPlace(4, "Beijing, Beijing, China", "CH", 39.9289, 116.388), appeal.ActionPlace);
        Assert.Equal(Instant.FromUtc(2016, 10, 10, 8, 30, 0), appeal.DateAdded);
        Assert.Equal(new Uri("https://example.org/china-urges-solution"), appeal.SourceAddress);
        Assert.Equal(GdeltFixture.Appeal, appeal.RawLine);
    }

    [Fact]
    public async Task ReadsEmptyActorsPlacesAndNonWebSources()
    {
        var rows = await ReadAll();
        var negotiation = rows[1].Event!;
        var aidAppeal = rows[2].Event!;

        Assert.False(negotiation.IsRootEvent);
        Assert.Null(negotiation.ActionPlace);
        Assert.Equal(new GdeltActor("PRK", "NORTH KOREA", "PRK"), negotiation.Actor2);
        Assert.Null(aidAppeal.Actor1);
        Assert.Equal("0233", aidAppeal.EventCode.Value);
        Assert.Equal("BBC Monitoring", aidAppeal.SourceUrl);
        Assert.Null(aidAppeal.SourceAddress);
    }

    [Fact]
    public async Task ConvertsToACodedEventAttributedToTheRow_ThatRoundTripsThroughJson()
    {
        var appeal = (await ReadAll())[0].Event!;
        var source = appeal.ToSource();
        var diplomaticEvent = appeal.ToDiplomaticEvent();

        var incident = new Incident(new("gdelt-import"), "GDELT import", [source], events: [diplomaticEvent]);

        Assert.Equal(new Uri("https://example.org/china-urges-solution"), source.Address);
        Assert.True(source.ContentHash.Matches(GdeltFixture.Appeal));
        Assert.Equal("027", diplomaticEvent.Coding!.Cameo!.Value);
        Assert.Equal(DiplomaticEventKind.Other, diplomaticEvent.Kind);
        Assert.Equal(EventStatus.Occurred, diplomaticEvent.Status);
        Assert.Equal(new LocalDate(2016, 10, 10), diplomaticEvent.When!.Resolution!.Interval.Start);
        var attribution = Assert.Single(diplomaticEvent.Provenance.Attributions);
        Assert.Equal(source.Id, attribution.Source);
        Assert.True(attribution.Span.MatchesIn(GdeltFixture.Appeal));
        Assert.Equal(AttributionBasis.ReporterAssertion, attribution.Basis);

        var json = IncidentJsonSerializer.Default.Serialize(incident);
        Assert.Contains("\"address\": \"https://example.org/china-urges-solution\"", json, StringComparison.Ordinal);
        Assert.Equal(incident, IncidentJsonSerializer.Default.Deserialize<Incident>(json));
    }

    [Fact]
    public void NegotiationRows_BecomeNegotiations()
    {
        var row = GdeltEventReader.ParseLine(GdeltFixture.Negotiation, 1);

        Assert.Equal(DiplomaticEventKind.Negotiation, row.Event!.ToDiplomaticEvent().Kind);
    }
}
