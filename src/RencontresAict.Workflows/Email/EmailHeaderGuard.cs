using System.Text.RegularExpressions;
using MimeKit;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// Keeps header values single-line so no one can add headers through them: a line break in an address, a name or a
/// file name is refused; in a subject (often built from what a visitor typed) it is folded into a space.
/// </summary>
public static partial class EmailHeaderGuard
{
    public static bool HasLineBreak(string? value) => value is not null && value.AsSpan().IndexOfAny('\r', '\n') >= 0;

    public static string CleanSubject(string? subject) => LineBreaks().Replace(subject ?? "", " ").Trim();

    /// <summary>Parses an address list (commas or semicolons) into normalized mailboxes; throws on anything doubtful.</summary>
    public static List<string> ParseAddresses(string? text, string header)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (HasLineBreak(text))
        {
            throw new EmailValidationException($"The {header} header contains a line break.");
        }

        if (!InternetAddressList.TryParse(ParserOptions.Default, text, out var list)
            && !InternetAddressList.TryParse(ParserOptions.Default, text.Replace(';', ','), out list))
        {
            throw new EmailValidationException($"The {header} header is not a valid address list.");
        }

        var addresses = new List<string>();
        foreach (var mailbox in list.Mailboxes)
        {
            if (!IsPlausible(mailbox.Address))
            {
                throw new EmailValidationException($"The {header} header holds an invalid address.");
            }

            addresses.Add(mailbox.ToString());
        }

        return addresses;
    }

    public static void RefuseLineBreak(string? value, string what)
    {
        if (HasLineBreak(value))
        {
            throw new EmailValidationException($"The {what} contains a line break.");
        }
    }

    private static bool IsPlausible(string address)
    {
        var at = address.LastIndexOf('@');
        return at > 0 && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);
    }

    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex LineBreaks();
}
