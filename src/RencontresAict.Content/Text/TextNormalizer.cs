using System.Text;

namespace RencontresAict.Content.Text;

/// <summary>
/// Cleans text people typed, for the places where invisible characters do harm: bidirectional controls that reverse
/// how a name reads on a page, in an e-mail or a spreadsheet (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C),
/// zero-width characters that make two identical-looking addresses differ, and control characters (NUL and the like).
/// </summary>
public static class TextNormalizer
{
    /// <summary>The text without bidirectional controls, to show what a person typed without letting it reorder the page.</summary>
    public static string WithoutBidiControls(string? text) => Without(text, IsBidiControl);

    /// <summary>Without bidirectional controls nor zero-width characters, trimmed: an identifier as it should be used (an address to write to).</summary>
    public static string WithoutInvisibles(string? text) => Without(text, c => IsBidiControl(c) || IsZeroWidth(c)).Trim();

    /// <summary>
    /// The key two spellings of one identifier share: compatibility-normalised (NFKC: a full-width « ａ » is « a »),
    /// without invisible characters, trimmed and case-folded.
    /// </summary>
    public static string Key(string? text) =>
        WithoutInvisibles((text ?? "").Normalize(NormalizationForm.FormKC)).Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Whether the text holds a control character (NUL, escape…); tab, CR and LF count only when lines are not allowed.</summary>
    public static bool HasControlCharacter(string text, bool allowLines)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(allowLines && c is '\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Characters with no width: zero-width space, joiners, word joiner, invisible operators, byte-order mark, soft hyphen.</summary>
    public static bool IsZeroWidth(char c) => c is >= '\u200B' and <= '\u200D' or >= '\u2060' and <= '\u2064' or '\uFEFF' or '\u00AD' or '\u180E';

    private static string Without(string? text, Func<char, bool> drop)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(drop))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !drop(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
