using Diplomacy.Model.Actors;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>
/// The rule that turns an actor of an incident into a CAMEO actor code (country code followed by a
/// role code, such as <c>CHNGOV</c>), used both for CAMEO rows and for the <c>code</c> and
/// <c>sector</c> of PLOVER actors.
/// </summary>
/// <remarks>
/// <para>The country is the state's CAMEO code (else its ISO 3166-1 alpha-3 code); for an
/// organization, that of the state it belongs to; for a person, that of the body served by the post
/// they act from, else their nationality.</para>
/// <para>The role comes from what acts:</para>
/// <list type="table">
/// <listheader><term>actor</term><description>role</description></listheader>
/// <item><term>a state as a whole</term><description>none: <c>KOR</c></description></item>
/// <item><term>a government, ministry or head-of-state office</term><description><c>GOV</c>: <c>CHNGOV</c></description></item>
/// <item><term>armed forces or security services</term><description><c>MIL</c></description></item>
/// <item><term>a political party</term><description><c>PTY</c></description></item>
/// <item><term>a news agency</term><description><c>MED</c></description></item>
/// <item><term>an international organization</term><description><c>IGO</c> (with no country unless it belongs to one)</description></item>
/// <item><term>another organization</term><description>none</description></item>
/// <item><term>a person acting from a post</term><description>the role of the organization the post serves, or <c>GOV</c> for a post serving a state: a foreign ministry spokesperson is <c>CHNGOV</c></description></item>
/// <item><term>a person speaking on behalf of a state, without a post</term><description><c>GOV</c> of that state</description></item>
/// <item><term>any other person or group</term><description>none, the nationality alone: a defecting official is <c>PRK</c></description></item>
/// </list>
/// </remarks>
public static class CameoActorCodes
{
    /// <summary>The CAMEO code of <paramref name="actor"/> acting from <paramref name="post"/>, or null when no country or role is known.</summary>
    /// <param name="incident">The incident the actor belongs to.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="post">The post the actor acts from, if any.</param>
    /// <param name="onBehalfOf">The state the actor speaks for, if any.</param>
    /// <returns>For example <c>CHNGOV</c>, <c>KOR</c> or <c>PRK</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">An id does not resolve in the incident.</exception>
    public static string? Of(Incident incident, Id<Actor> actor, Id<Post>? post = null, Id<Actor>? onBehalfOf = null) =>
        Code(Preconditions.CheckNotNull(incident), Preconditions.CheckNotNull(actor), post, onBehalfOf).Cameo;

    internal static ActorCode Code(Incident incident, Id<Actor> actorId, Id<Post>? postId = null, Id<Actor>? onBehalfOf = null)
    {
        var actor = incident.GetActor(actorId);
        switch (actor)
        {
            case State state:
                return new ActorCode(actor, CountryOf(state), null, null);
            case Organization organization:
                return new ActorCode(actor, OrganizationCountry(incident, organization), SectorOf(organization.Kind), null);
            case Person person when postId is not null:
                var post = incident.GetPost(postId);
                var served = incident.GetActor(post.Serves);
                return served switch
                {
                    State state => new ActorCode(actor, CountryOf(state), "GOV", post.Title),
                    Organization body => new ActorCode(actor, OrganizationCountry(incident, body), SectorOf(body.Kind), post.Title),
                    _ => new ActorCode(actor, NationalityOf(incident, person), null, post.Title),
                };
            case Person when onBehalfOf is not null && incident.GetActor(onBehalfOf) is State represented:
                return new ActorCode(actor, CountryOf(represented), "GOV", null);
            case Person person:
                return new ActorCode(actor, NationalityOf(incident, person), null, null);
            default:
                return new ActorCode(actor, null, null, null);
        }
    }

    private static string CountryOf(State state) => state.CameoCode ?? state.Code.Value;

    private static string? NationalityOf(Incident incident, Person person) =>
        person.Nationality is { } n && incident.GetActor(n) is State state ? CountryOf(state) : null;

    private static string? OrganizationCountry(Incident incident, Organization organization) =>
        organization.State is { } s && incident.GetActor(s) is State state ? CountryOf(state) : null;

    private static string? SectorOf(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Government or OrganizationKind.Ministry or OrganizationKind.HeadOfStateOffice => "GOV",
        OrganizationKind.Security => "MIL",
        OrganizationKind.Party => "PTY",
        OrganizationKind.NewsAgency => "MED",
        OrganizationKind.InternationalOrganization => "IGO",
        _ => null,
    };
}
