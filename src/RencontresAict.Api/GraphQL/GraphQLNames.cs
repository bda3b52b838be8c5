using System.Text;

namespace RencontresAict.Api.GraphQL;

/// <summary>Orchard's GraphQL naming: type names kept, field names in camelCase, anything outside [A-Za-z0-9_] replaced.</summary>
public static class GraphQLNames
{
    public static string Type(string name)
    {
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return clean.Length == 0 || char.IsAsciiDigit(clean[0]) ? "_" + clean : clean.ToString();
    }

    public static string Field(string name)
    {
        var type = Type(name);
        return char.ToLowerInvariant(type[0]) + type[1..];
    }
}
