using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Media;
using RencontresAict.Admin.Publishing;
using RencontresAict.Admin.Settings;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Settings;

namespace RencontresAict.Admin.Pages.Settings;

/// <summary>
/// The site's identity (<see cref="SiteIdentity"/>): its logo and favicon, picked in the media library or uploaded here,
/// and the description pages without their own use. A refused save keeps what was typed and chosen (an upload stays
/// in the library, selected); a saved one shows on the public pages at once (their cache is dropped).
/// </summary>
public sealed class IdentityModel(
    SiteSettingsService settings, MediaLibrary library, DocumentSession session, PublicPagesEviction publicPages) : AdminPageModel
{
    /// <summary>What search engines show of a description; longer is allowed up to <see cref="DescriptionMaxLength"/>.</summary>
    public const int DescriptionAdvisedLength = 160;

    public const int DescriptionMaxLength = 300;

    private const int AltMaxLength = 200;

    public IReadOnlyList<EditorInput> Inputs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await CanAsync(Permissions.ManageSettings))
        {
            return Forbid();
        }

        var section = (await settings.GetAsync()).Properties[SiteIdentity.SettingsName] as JsonObject;
        Inputs = Build(
            FirstPath(section?["Logo"]), FirstText(section?["Logo"]), FirstPath(section?["Favicon"]),
            JsonPaths.GetString(section, "Description") ?? "", []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await CanAsync(Permissions.ManageSettings))
        {
            return Forbid();
        }

        var form = new EditorForm(await Request.ReadFormAsync());
        var logo = await ReadImageAsync(form, "Logo");
        var favicon = await ReadImageAsync(form, "Favicon");
        var alt = form.Get("LogoAlt").Trim();
        var description = form.Get("Description").Trim();
        if (description.Length > DescriptionMaxLength)
        {
            form.Fail("Description", T["La description fait {0} caractères : {1} au plus.", description.Length, DescriptionMaxLength]);
        }

        if (alt.Length > AltMaxLength)
        {
            form.Fail("LogoAlt", T["Le texte de remplacement fait {0} caractères : {1} au plus.", alt.Length, AltMaxLength]);
        }

        if (form.Errors.Count > 0)
        {
            await session.SaveChangesAsync();
            Inputs = Build(logo, alt, favicon, description, form.Errors);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var site = await settings.GetAsync();
        site.Properties[SiteIdentity.SettingsName] = new JsonObject
        {
            ["Description"] = description,
            ["Logo"] = MediaValue(logo, alt),
            ["Favicon"] = MediaValue(favicon, ""),
        };
        await settings.SaveAsync(site);
        publicPages.AfterCommit();
        await session.SaveChangesAsync();
        Flash(T["L'identité du site est enregistrée : les pages publiques la montrent déjà."]);
        return Redirect("/admin/settings/identity");
    }

    /// <summary>The image chosen in the library for <paramref name="key"/>, or the one uploaded (which wins), or null.</summary>
    private async Task<string?> ReadImageAsync(EditorForm form, string key)
    {
        var chosen = form.Get(key) is { Length: > 0 } path && library.List().Contains(path) && MediaKind.IsImagePath(path) ? path : null;
        if (form.File(key + ".Upload") is not { Length: > 0 } upload)
        {
            return chosen;
        }

        var result = await library.SaveAsync(upload, PermissionService.UserIdOf(User));
        if (!result.Succeeded)
        {
            form.Fail(key, result.Error!);
            return chosen;
        }

        if (!MediaKind.IsImagePath(result.Path!))
        {
            await library.DeleteAsync(result.Path!);
            form.Fail(key, T["Le fichier doit être une image : JPEG, PNG, GIF ou WebP."]);
            return chosen;
        }

        return result.Path;
    }

    private List<EditorInput> Build(string? logo, string alt, string? favicon, string description, IReadOnlyList<ContentValidationError> errors)
    {
        var images = library.List().Where(MediaKind.IsImagePath).ToList();
        IReadOnlyList<string> ErrorsOf(string key) => [.. errors.Where(e => e.Member == key).Select(e => e.Message)];
        IReadOnlyList<EditorOption> Choices(string? selected) => [.. images.Select(f => new EditorOption(f, f, f == selected))];
        return
        [
            new() { Key = "Logo", Label = T["Logo"], Partial = "Media", Options = Choices(logo), Errors = ErrorsOf("Logo"), Hint = T["Montré dans l'en-tête de chaque page, à 50 pixels de haut, et quand une page est partagée sans image à elle."] },
            new() { Key = "LogoAlt", Label = T["Texte de remplacement du logo"], Partial = "Text", Value = alt, Errors = ErrorsOf("LogoAlt"), Hint = T["Lu à la place de l'image quand une page est partagée, par exemple « Logo des Rencontres de l'AICT »."] },
            new() { Key = "Favicon", Label = T["Icône du site (favicon)"], Partial = "Media", Options = Choices(favicon), Errors = ErrorsOf("Favicon"), Hint = T["Montrée dans l'onglet du navigateur ; une image carrée convient le mieux. Sans icône, celle du thème est utilisée."] },
            new()
            {
                Key = "Description", Label = T["Description du site"], Partial = "TextArea", Value = description, Errors = ErrorsOf("Description"),
                Hint = T["Une ou deux phrases, montrées par les moteurs de recherche et les réseaux sociaux pour les pages qui n'ont pas de description à elles. Ils en affichent environ {0} caractères ; {1} au plus.", DescriptionAdvisedLength, DescriptionMaxLength],
            },
        ];
    }

    private static JsonObject? MediaValue(string? path, string text) =>
        path is null ? null : new JsonObject { ["Paths"] = new JsonArray(path), ["MediaTexts"] = new JsonArray(text) };

    private static string? FirstPath(JsonNode? field) => field is JsonValue ? field.ToString() : JsonPaths.GetStrings(field, "Paths") is [var first, ..] ? first : null;

    private static string FirstText(JsonNode? field) => JsonPaths.GetStrings(field, "MediaTexts") is [var first, ..] ? first : "";
}
