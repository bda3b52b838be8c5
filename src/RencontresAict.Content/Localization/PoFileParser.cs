using System.Text;

namespace RencontresAict.Content.Localization;

/// <summary>
/// Reads a gettext PO file (Orchard's translation format): <c>msgctxt</c>, <c>msgid</c>, <c>msgstr</c> and plural forms
/// (<c>msgid_plural</c>, <c>msgstr[n]</c>), strings continued over several quoted lines, C escapes. Entries with no
/// translation and entries marked <c>#, fuzzy</c> are skipped, so the source text shows instead.
/// </summary>
public static class PoFileParser
{
    public static IReadOnlyList<PoEntry> Parse(TextReader reader)
    {
        var entries = new List<PoEntry>();
        var entry = new PoEntryBuilder();
        string? keyword = null;
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                entry.FlushInto(entries);
                keyword = null;
                continue;
            }
            if (trimmed.StartsWith("#,", StringComparison.Ordinal) && trimmed.Contains("fuzzy", StringComparison.Ordinal))
            {
                entry.FlushInto(entries);
                entry.Fuzzy = true;
                continue;
            }
            if (trimmed[0] == '#')
            {
                continue;
            }
            if (trimmed[0] == '"')
            {
                if (keyword is null)
                {
                    throw new FormatException($"line {lineNumber}: a continued string follows no keyword");
                }
                entry.Append(Unquote(trimmed, lineNumber));
                continue;
            }
            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new FormatException($"line {lineNumber}: expected a keyword and a quoted string");
            }
            keyword = trimmed[..space];
            if ((keyword == "msgctxt" || (keyword == "msgid" && !entry.HasContextOnly)) && entry.HasTranslation)
            {
                entry.FlushInto(entries);
            }
            entry.Start(keyword, Unquote(trimmed[(space + 1)..].Trim(), lineNumber), lineNumber);
        }
        entry.FlushInto(entries);
        return entries;
    }

    private static string Unquote(string quoted, int lineNumber)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            throw new FormatException($"line {lineNumber}: expected a quoted string");
        }
        var text = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\' || i + 1 >= quoted.Length - 1)
            {
                text.Append(c);
                continue;
            }
            var next = quoted[++i];
            text.Append(next switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                _ => next,
            });
        }
        return text.ToString();
    }
}
