using System.Text.RegularExpressions;

namespace RencontresAict.Content.Liquid;

/// <summary>Fluid's parse errors end with their position, <c>… at (3:14)</c>; people read "line 3, column 14".</summary>
public static partial class LiquidErrors
{
    public static string Describe(string? error)
    {
        var message = error ?? "unknown error";
        var match = Position().Match(message);
        return match.Success
            ? $"line {match.Groups["line"].Value}, column {match.Groups["column"].Value}: {message[..match.Index].TrimEnd().TrimEnd(',')}"
            : message;
    }

    [GeneratedRegex(@"\s*(?:at\s*)?\((?<line>\d+):(?<column>\d+)\)\s*$")]
    private static partial Regex Position();
}
