using Diplomacy.Model.Actors;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Comparison;

/// <summary>
/// A one-statement report whose ids are the same in every source ("chn", "p1", "post", "s1"), so
/// that merging two of them has to align or rename: unlike <see cref="ReportSketch"/>, ids collide.
/// </summary>
internal static class SmallReport
{
    internal static Report Build(string sourceId, (string Words, bool Named) speaker, bool quotedBy, LegalInstrument? invokes = null)
    {
        string text = $"{speaker.Words} said China urges calm.";
        var src = new Id<Source>(sourceId);
        var p1 = new Id<Actor>("p1");
        var chn = new Id<Actor>("chn");
        Attribution Said(string words, Id<Actor>? per = null) => new(src, TextSpan.Find(text, words), AttributionBasis.NamedOfficial, per);
        var alias = new Alias(speaker.Words, speaker.Named ? AliasKind.Name : AliasKind.Description, Provenance.Cited(Said(speaker.Words)));
        Actor person = speaker.Named
            ? new NamedPerson(p1, speaker.Words, chn, [alias])
            : new PersonGroup(p1, speaker.Words, isAnonymous: false, chn, [alias]);
        var post = new Post(new Id<Post>("post"), p1, "spokesperson", chn, Provenance.Cited(Said(speaker.Words)));
        var statement = new Statement(new Id<Statement>("s1"), new Speaker(p1, post.Id),
            invokes is null ? [Stance.UrgesResolution] : [Stance.UrgesResolution, Stance.InvokesTreaty],
            Provenance.Cited(Said("China urges calm", quotedBy ? p1 : null)), onBehalfOf: chn,
            invokes: invokes is null ? default : [invokes.Id]);
        return new Report(new Incident(new Id<Incident>($"{sourceId}.incident"), "small",
            sources: [new Source(src, SourceKind.NewsReport, "en", ContentHash.Of(text))],
            actors: [new State(chn, new CountryCode("CHN"), "China"), person],
            posts: [post],
            instruments: invokes is null ? default : [invokes],
            statements: [statement]));
    }
}
