namespace Diplomacy.Model.Actors;

/// <summary>What kind of body an organization is.</summary>
public enum OrganizationKind
{
    /// <summary>A government ministry or department (a foreign ministry).</summary>
    Ministry,

    /// <summary>The office of a head of state or government.</summary>
    HeadOfStateOffice,

    /// <summary>A government as a whole ("the Chinese government").</summary>
    Government,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>An international organization (the UN, UNHCR).</summary>
    InternationalOrganization,

    /// <summary>A news agency or publisher.</summary>
    NewsAgency,

    /// <summary>Armed forces or security services.</summary>
    Security,

    /// <summary>Any other institution.</summary>
    Other,
}
