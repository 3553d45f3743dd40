namespace Diplomacy.Model.DependencyInjection;

/// <summary>
/// Options for <c>services.AddDiplomacyModel(…)</c>; the extension method itself lives in
/// <c>Microsoft.Extensions.DependencyInjection</c>, as the Microsoft.Extensions conventions ask.
/// </summary>
internal static class NamespaceDoc
{
}
