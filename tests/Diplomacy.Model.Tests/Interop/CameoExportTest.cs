using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Interop;

namespace Diplomacy.Model.Tests.Interop;

public class CameoExportTest
{
    [Fact]
    public void ExportsRowsWithActorCodesAndGoldsteinValuesFromTheStandardTable()
    {
        var lines = CameoExporter.Export(InteropIncident.Build()).Select(CameoTsvWriter.ToLine).ToList();

        // Written by hand: a spokesperson of a ministry is CHNGOV; states are their codes; a person
        // without a role is their nationality. Goldstein: 027 4.0, 046 7.0, 023 3.4, 075 7.0.
        Assert.Equal(
        new[]
        {
            "inc-1:statement:st-1\t2016-10-10\tCHNGOV\tKOR\t027\t4.0",
            "inc-1:statement:st-1\t2016-10-10\tCHNGOV\tPRK\t027\t4.0",
            "inc-1:event:ev-1\t\tKOR\tPRK\t046\t7.0",
            "inc-1:asylum:claim-1:2\t2016-10-06\tPRK\tKOR\t023\t3.4",
            "inc-1:asylum:claim-1:3\t\tKOR\tPRK\t075\t7.0",
        }, lines);
    }

    [Fact]
    public async Task TsvWriter_StartsWithTheHeader()
    {
        using var writer = new StringWriter();

        await CameoTsvWriter.WriteAsync(CameoExporter.Export(InteropIncident.Build()).Take(1), writer);

        Assert.Equal("id\tdate\tsource\ttarget\tevent_code\tgoldstein\ninc-1:statement:st-1\t2016-10-10\tCHNGOV\tKOR\t027\t4.0\n", writer.ToString());
    }

    [Theory]
    [InlineData("01", 0.0)]
    [InlineData("010", 0.0)]
    [InlineData("020", 3.0)]
    [InlineData("027", 4.0)]
    [InlineData("036", 4.0)]
    [InlineData("040", 1.0)]
    [InlineData("046", 7.0)]
    [InlineData("075", 7.0)]
    [InlineData("0234", 3.4)] // four-digit code: its base 023
    [InlineData("0874", 10.0)] // a four-digit code with its own value
    [InlineData("1823", -10.0)]
    [InlineData("0759", 7.0)] // not in the standard table: its base 075
    [InlineData("20", -10.0)]
    public void GoldsteinScale_GivesTheStandardValue(string code, double expected) =>
        Assert.Equal(expected, GoldsteinScale.Of(new CameoCode(code)));

    [Fact]
    public void ActorCodes_FollowTheDocumentedRule()
    {
        var incident = InteropIncident.Build();

        Assert.Equal("CHNGOV", CameoActorCodes.Of(incident, new("mao"), new("mao-post")));
        Assert.Equal("CHNGOV", CameoActorCodes.Of(incident, new("chn-mfa")));
        Assert.Equal("CHNGOV", CameoActorCodes.Of(incident, new("mao"), onBehalfOf: new("chn")));
        Assert.Equal("CHN", CameoActorCodes.Of(incident, new("mao")));
        Assert.Equal("KOR", CameoActorCodes.Of(incident, new("kor")));
        Assert.Equal("PRK", CameoActorCodes.Of(incident, new("ri")));
    }
}
