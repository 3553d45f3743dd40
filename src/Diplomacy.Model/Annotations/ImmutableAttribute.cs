namespace Diplomacy.Model.Annotations;

/// <summary>
/// Marks a type whose instances never change after construction. A reflection test checks every
/// marked type (no settable property, no non-readonly field), so the promise cannot silently break.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class ImmutableAttribute : Attribute
{
}
