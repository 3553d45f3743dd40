using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Sources;

/// <summary>
/// The SHA-256 hash of the exact text a source was read from (UTF-8 bytes, no normalization), so
/// attributions can prove they point into the same text, and a changed text is detected.
/// </summary>
[Immutable]
public sealed partial record ContentHash
{
    private const string Prefix = "sha256:";

    /// <summary>Creates a hash from its lowercase hexadecimal digest.</summary>
    /// <param name="sha256Hex">64 lowercase hexadecimal digits.</param>
    /// <exception cref="ArgumentException">The digest is not 64 lowercase hexadecimal digits.</exception>
    public ContentHash(string sha256Hex)
    {
        Preconditions.CheckNotNull(sha256Hex);
        Preconditions.CheckArgument(HexDigest().IsMatch(sha256Hex), nameof(sha256Hex),
            $"A SHA-256 digest is 64 lowercase hexadecimal digits; got '{sha256Hex}'.");
        Sha256Hex = sha256Hex;
    }

    /// <summary>The digest as 64 lowercase hexadecimal digits.</summary>
    public string Sha256Hex { get; }

    /// <summary>Hashes <paramref name="text"/> exactly as given.</summary>
    /// <param name="text">The source text.</param>
    public static ContentHash Of(string text)
    {
        Preconditions.CheckNotNull(text);
        return new ContentHash(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>Parses the <c>sha256:</c>-prefixed form written by <see cref="ToString"/>.</summary>
    /// <param name="text">For example <c>sha256:9f86d0…</c>.</param>
    /// <exception cref="FormatException">The text is not in that form.</exception>
    public static ContentHash Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || !HexDigest().IsMatch(text.AsSpan(Prefix.Length)))
        {
            throw new FormatException($"'{text}' is not a content hash: expected 'sha256:' followed by 64 lowercase hexadecimal digits.");
        }
        return new ContentHash(text[Prefix.Length..]);
    }

    /// <summary>Whether <paramref name="text"/> hashes to this value.</summary>
    /// <param name="text">The text to check.</param>
    public bool Matches(string text) => Of(text) == this;

    /// <summary>The hash as <c>sha256:</c> followed by the digest.</summary>
    public override string ToString() => Prefix + Sha256Hex;

    [GeneratedRegex("^[0-9a-f]{64}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex HexDigest();
}
