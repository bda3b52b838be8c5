using System.Text.RegularExpressions;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The reference staff quote to a registrant (« INS-4A1CT130 »): the first eight characters of the registration's
/// content item id, upper-cased — its alphabet has no I, L, O or U, so the reference reads aloud without doubt. The
/// list's search finds a registration by it (« INS-4A1CT130 » or « ins4a1ct130 »).
/// </summary>
public static partial class RegistrationReference
{
    public const int Length = 8;

    public static string Of(string contentItemId) =>
        "INS-" + contentItemId[..Math.Min(Length, contentItemId.Length)].ToUpperInvariant();

    /// <summary>The content item id prefix a searched reference names, or null when <paramref name="text"/> is not one.</summary>
    public static string? Prefix(string? text) =>
        text is not null && Pattern().Match(text.Trim()) is { Success: true } match ? match.Groups[1].Value.ToLowerInvariant() : null;

    [GeneratedRegex("^INS-?([0-9a-z]{8})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
