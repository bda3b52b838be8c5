namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Guards exported text against formula injection (OWASP "CSV injection"): a value a spreadsheet would read as a
/// formula — starting with = + - @, a tab or a carriage return — is prefixed with an apostrophe, so it stays text.
/// </summary>
public static class SpreadsheetText
{
    public static string Guard(string? value) =>
        value is { Length: > 0 } text && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : value ?? "";
}
