using System.Text.RegularExpressions;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Fluid's parse errors give their position as <c>(3:14)</c>, usually after "at" and sometimes followed by more text;
/// people read "line 3, column 14" (« ligne 3, colonne 14 » for the staff).
/// </summary>
public static partial class LiquidErrors
{
    public static string Describe(string? error) => Describe(error, "line", "column");

    /// <summary>The same in French, for the admin's pages.</summary>
    public static string DescribeInFrench(string? error) => Describe(error, "ligne", "colonne");

    private static string Describe(string? error, string line, string column)
    {
        var message = error ?? "unknown error";
        var match = Position().Matches(message).LastOrDefault();
        if (match is null)
        {
            return message;
        }

        var rest = (message[..match.Index] + message[(match.Index + match.Length)..]).Trim().TrimEnd(',', '.').Trim();
        return $"{line} {match.Groups["line"].Value}, {column} {match.Groups["column"].Value}: {rest}";
    }

    [GeneratedRegex(@"\s*(?:at\s*)?\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();
}
