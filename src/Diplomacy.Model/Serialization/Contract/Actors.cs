using System.Text.Json.Serialization;
using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Serialization.Contract;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StateDto), "state")]
[JsonDerivedType(typeof(OrganizationDto), "organization")]
[JsonDerivedType(typeof(NamedPersonDto), "namedPerson")]
[JsonDerivedType(typeof(UnnamedPersonDto), "unnamedPerson")]
[JsonDerivedType(typeof(PersonGroupDto), "personGroup")]
internal abstract class ActorDto
{
}

internal sealed class StateDto : ActorDto
{
    public required string Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? CameoCode { get; init; }

    public string? Wikidata { get; init; }

    public List<AliasDto>? Aliases { get; init; }
}

internal sealed class OrganizationDto : ActorDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required OrganizationKind Kind { get; init; }

    public string? State { get; init; }

    public string? Wikidata { get; init; }

    public List<AliasDto>? Aliases { get; init; }
}

internal sealed class NamedPersonDto : ActorDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Nationality { get; init; }

    public string? Wikidata { get; init; }

    public List<AliasDto>? Aliases { get; init; }
}

internal sealed class UnnamedPersonDto : ActorDto
{
    public required string Id { get; init; }

    public required string Description { get; init; }

    public string? Nationality { get; init; }

    public List<AliasDto>? Aliases { get; init; }
}

internal sealed class PersonGroupDto : ActorDto
{
    public required string Id { get; init; }

    public required string Description { get; init; }

    public required bool IsAnonymous { get; init; }

    public string? Nationality { get; init; }

    public List<AliasDto>? Aliases { get; init; }
}

internal sealed class AliasDto
{
    public required string Text { get; init; }

    public required AliasKind Kind { get; init; }

    public string? Language { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class PostDto
{
    public required string Id { get; init; }

    public required string Holder { get; init; }

    public required string Title { get; init; }

    public required string Serves { get; init; }

    public LocationDto? ExercisedIn { get; init; }

    public DateIntervalDto? Validity { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}
