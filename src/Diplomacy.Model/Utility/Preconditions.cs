using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Diplomacy.Model.Utility;

/// <summary>
/// Argument checks used at every public entry point, so that an invalid value is refused where it
/// enters and the exception names the argument and the reason.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/>, or throws if it is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    /// <summary>
    /// Returns <paramref name="argument"/> trimmed of nothing, or throws if it is null, empty or only
    /// white space. Text is kept exactly as given: the model never rewrites a source's words.
    /// </summary>
    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }
        return argument;
    }

    /// <summary>Like <see cref="CheckNotBlank"/>, but null is allowed (an absent optional value).</summary>
    internal static string? CheckNullOrNotBlank(string? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
    {
        if (argument is not null && string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must be null (absent) or contain text; an empty string is neither.", paramName);
        }
        return argument;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Like <see cref="CheckArgument(bool, string, string)"/>, formatting an interpolated message only when the check fails.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, [InterpolatedStringHandlerArgument(nameof(expression))] ref ArgumentMessage message)
    {
        if (!expression)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is in [min, max].</summary>
    internal static int CheckArgumentRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be between {min} and {max} inclusive.");
        }
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a named member of its enum type.</summary>
    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value is not a defined {typeof(T).Name}.");
        }
        return value;
    }

    /// <summary>
    /// Returns <paramref name="tag"/> if it has the shape of a BCP 47 language tag (a 2–3 letter
    /// language, then subtags of 1–8 letters or digits separated by hyphens), or throws.
    /// </summary>
    internal static string CheckLanguageTag([NotNull] string? tag, [CallerArgumentExpression(nameof(tag))] string paramName = "")
    {
        CheckNotNull(tag, paramName);
        CheckArgument(LanguageTagShape.IsMatch(tag), paramName,
            $"'{tag}' is not a BCP 47 language tag such as 'en', 'ko' or 'zh-Hans'.");
        return tag;
    }

    private static System.Text.RegularExpressions.Regex LanguageTagShape => LanguageTagPattern.Shape();
}

/// <summary>The compiled BCP 47 shape check used by <see cref="Preconditions.CheckLanguageTag"/>.</summary>
internal static partial class LanguageTagPattern
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    internal static partial System.Text.RegularExpressions.Regex Shape();
}
