using System.Security.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;
using RencontresAict.Search.Indexing;

namespace RencontresAict.Search.Searching;

/// <summary>
/// Keeps out of every search and stored query the types a visitor may not view — a type holding personal data above
/// all — whatever an index was set up to hold. Search answers visitors (its pages are cached for everyone), so it asks
/// <see cref="PermissionService"/> as the anonymous visitor.
/// </summary>
public sealed class VisitorTypeFilter(ContentDefinitionManager definitions, PermissionService permissions)
{
    /// <summary>The types whose documents no search returns.</summary>
    public async Task<IReadOnlyList<string>> HiddenTypesAsync()
    {
        var visitor = new ClaimsPrincipal(new ClaimsIdentity());
        var hidden = new List<string>();
        foreach (var type in await definitions.ListTypeDefinitionsAsync())
        {
            if (!await permissions.IsAllowedForTypeAsync(visitor, Permissions.ViewContent, type.Name, asOwner: false))
            {
                hidden.Add(type.Name);
            }
        }

        return hidden;
    }

    /// <summary>Adds to <paramref name="query"/> a clause that leaves out the documents of <paramref name="hiddenTypes"/>.</summary>
    public static BooleanQuery Exclude(BooleanQuery query, IReadOnlyList<string> hiddenTypes)
    {
        foreach (var type in hiddenTypes)
        {
            query.Add(new TermQuery(new Term(IndexFieldNames.ContentType, type)), Occur.MUST_NOT);
        }

        return query;
    }
}
