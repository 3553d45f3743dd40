using System.Text;
using Diplomacy.Model.Interop;

namespace Diplomacy.Model.Tests.Interop;

public class PloverExportTest
{
    // Written by hand from the PLOVER manual's JSON tables (event record, actor object, cite_info).
    private static readonly string Statement = J(
        "{'id':'inc-1:statement:st-1','date':'2016-10-10','date_text':'on Monday',"
        + "'actor':[{'code':'CHN','sector':'GOV','actor_text':'Mao Ning','office':'foreign ministry spokesperson'}],"
        + "'recipient':[{'code':'KOR','actor_text':'South Korea','identifier_id':'Q884'},{'code':'PRK','actor_text':'North Korea','identifier_id':'Q423'}],"
        + "'event':['REQUEST'],'quad_code':3,'context':['diplomatic'],'event_text':['urged both sides to settle the matter properly'],"
        + "'cite_info':{'citation':'src-1','title':'China urges solution','publication':'Yonhap','url':'https://example.org/story','language':'en'}}");

    // "late last week" said on Monday 10 October 2016: Thursday 6 to Sunday 9 October.
    private static readonly string Request = J(
        "{'id':'inc-1:asylum:claim-1:2','date':'2016-10-06','enddate':'2016-10-09','date_text':'late last week',"
        + "'actor':[{'code':'PRK','actor_text':'Ri Pyong-chol'}],'recipient':[{'code':'KOR','actor_text':'South Korea','identifier_id':'Q884'}],"
        + "'event':['REQUEST'],'quad_code':3,'context':['asylum'],'event_text':['asked South Korea for asylum'],"
        + "'cite_info':{'citation':'src-1','title':'China urges solution','publication':'Yonhap','url':'https://example.org/story','language':'en'}}");

    // Unresolved time: date null, words kept; analyst's own fact: no event_text, no cite_info.
    private static readonly string Grant = J(
        "{'id':'inc-1:asylum:claim-1:3','date':null,'date_text':'days later',"
        + "'actor':[{'code':'KOR','actor_text':'South Korea','identifier_id':'Q884'}],'recipient':[{'code':'PRK','actor_text':'Ri Pyong-chol'}],"
        + "'event':['AID'],'quad_code':2,'context':['asylum']}");

    // The records are written by hand with ' for " to keep them readable.
    private static string J(string json) => json.Replace('\'', '"');

    [Fact]
    public void ExportsOneRecordPerPloverCodedFact_SkippingCameoOnlyEventsAndUncodedSteps()
    {
        var ids = PloverExporter.Export(InteropIncident.Build()).Select(r => r.Id);

        Assert.Equal(new[] { "inc-1:statement:st-1", "inc-1:asylum:claim-1:2", "inc-1:asylum:claim-1:3" }, ids);
    }

    [Fact]
    public void WritesTheDocumentedFieldNamesAndValues()
    {
        var json = PloverExporter.Export(InteropIncident.Build()).Select(PloverJsonWriter.ToJson).ToList();

        Assert.Equal(new[] { Statement, Request, Grant }, json);
    }

    [Fact]
    public async Task WritesJsonLines_Deterministically()
    {
        var records = PloverExporter.Export(InteropIncident.Build()).ToList();
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        await PloverJsonWriter.WriteLinesAsync(records, first);
        await PloverJsonWriter.WriteLinesAsync(PloverExporter.Export(InteropIncident.Build()), second);

        Assert.Equal(Statement + "\n" + Request + "\n" + Grant + "\n", Encoding.UTF8.GetString(first.ToArray()));
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void DefaultAsylumCodings_AreTheDocumentedTable()
    {
        Assert.Equal("CAMEO 075, PLOVER AID/-/asylum", AsylumStepCoding.DefaultFor(Model.Asylum.AsylumStatus.Granted)?.ToString());
        Assert.Equal("CAMEO 023, PLOVER REQUEST/-/asylum", AsylumStepCoding.DefaultFor(Model.Asylum.AsylumStatus.AsylumRequested)?.ToString());
        Assert.Null(AsylumStepCoding.DefaultFor(Model.Asylum.AsylumStatus.RefugeTaken));
    }

    [Fact]
    public void Record_RefusesAnEndDateBeforeItsDate() =>
        Assert.Throws<ArgumentException>(() => new PloverRecord("x", new Model.EventCoding.PloverCoding(Model.EventCoding.PloverEventType.Aid),
            new NodaTime.LocalDate(2016, 10, 10), new NodaTime.LocalDate(2016, 10, 9)));
}
