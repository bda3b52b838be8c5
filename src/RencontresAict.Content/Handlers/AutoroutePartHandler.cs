using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Content.Handlers;

/// <summary>
/// Gives an item its URL: when AutoroutePart.Path is empty, the type's Liquid <c>Pattern</c> is rendered and
/// slugified; a path already used by another item gets "-1", "-2", … A path typed by an editor is checked instead.
/// </summary>
public sealed class AutoroutePartHandler(
    DocumentSession session,
    ContentDefinitionManager definitions,
    LiquidTemplateManager liquid,
    IServiceProvider services) : ContentHandlerBase
{
    public const int MaxPathLength = 1024;
    private const string ForbiddenCharacters = ":?#[]@!$&'()*+,.;=<>\\|%";
    private static readonly System.Buffers.SearchValues<char> _forbidden = System.Buffers.SearchValues.Create(ForbiddenCharacters);
    private const string DefaultPattern = "{{ ContentItem | display_text | slugify }}";

    /// <summary>
    /// Paths the site's own pages answer; an item cannot take them. (/inscription is content: the registration Form
    /// item of the recipe owns it, so an editor can replace the form without code.)
    /// </summary>
    public static IReadOnlySet<string> ReservedPaths { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "programme", "recherche", "health", "intervenants", "partenaires",
        "infos-pratiques", "programme.ics", "schedule.json", "schedule.xml", "theme", "media",
    };

    public override Task CreatingAsync(ContentContext context) => GenerateAsync(context.ContentItem);

    public override Task UpdatingAsync(ContentContext context) => GenerateAsync(context.ContentItem);

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        var path = item.GetText("AutoroutePart", "Path")?.Trim('/');
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        if (path.Length > MaxPathLength)
        {
            context.Fail("AutoroutePart.Path", $"Le chemin ne peut pas dépasser {MaxPathLength} caractères.");
        }

        if (path.AsSpan().IndexOfAny(_forbidden) >= 0 || path.Contains("//", StringComparison.Ordinal) || path.Contains(' ', StringComparison.Ordinal))
        {
            context.Fail("AutoroutePart.Path", $"Le chemin « {path} » contient un caractère interdit (espace ou {ForbiddenCharacters}).");
        }

        if (ReservedPaths.Contains(path.Split('/')[0]) && !path.Contains('/', StringComparison.Ordinal))
        {
            context.Fail("AutoroutePart.Path", $"Le chemin « {path} » est réservé à une page du site.");
        }

        if (await IsTakenAsync(path, item.ContentItemId))
        {
            context.Fail("AutoroutePart.Path", $"Le chemin « {path} » est déjà utilisé par un autre contenu.");
        }
    }

    private async Task GenerateAsync(ContentItem item)
    {
        var part = item.GetPart("AutoroutePart");
        if (part is null || !string.IsNullOrWhiteSpace(item.GetText("AutoroutePart", "Path")))
        {
            return;
        }

        var type = await definitions.GetTypeDefinitionAsync(item.ContentType);
        var settings = type?.ContentTypePartDefinitionRecords.Find(p => p.PartName == "AutoroutePart")?.Settings;
        var pattern = JsonPaths.GetString(settings, "AutoroutePartSettings", "Pattern");
        // Rendered in this scope, so filters see the item's session (a recipe's uncommitted items included).
        var rendered = await liquid.RenderAsync(string.IsNullOrWhiteSpace(pattern) ? DefaultPattern : pattern, item, services: services);
        var path = string.Join('/', rendered.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
            .Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Slugifier.Slugify).Where(s => s.Length > 0));
        if (path.Length == 0)
        {
            return;
        }

        if (path.Length > MaxPathLength)
        {
            path = path[..MaxPathLength].TrimEnd('-', '/');
        }

        part["Path"] = await MakeUniqueAsync(path, item.ContentItemId);
    }

    private async Task<string> MakeUniqueAsync(string path, string contentItemId)
    {
        if (!await IsTakenAsync(path, contentItemId) && !(ReservedPaths.Contains(path) && !path.Contains('/', StringComparison.Ordinal)))
        {
            return path;
        }

        var stem = path;
        var dash = path.LastIndexOf('-');
        if (dash > 0 && int.TryParse(path[(dash + 1)..], out _))
        {
            stem = path[..dash];
        }

        for (var n = 1; ; n++)
        {
            var candidate = $"{stem}-{n}";
            if (!await IsTakenAsync(candidate, contentItemId))
            {
                return candidate;
            }
        }
    }

    private async Task<bool> IsTakenAsync(string path, string contentItemId) =>
        await session.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM AutoroutePartIndex WHERE Path = @path AND ContentItemId <> @contentItemId AND (Published = 1 OR Latest = 1)",
            new { path, contentItemId }) > 0;
}
