using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Containers;
using RencontresAict.Admin.Editing;
using RencontresAict.Admin.Editing.Fields;
using RencontresAict.Admin.Publishing;
using RencontresAict.Admin.Translations;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;
using RencontresAict.Content.Security;
using RencontresAict.Content.Text;

namespace RencontresAict.Admin.Pages.Contents;

/// <summary>
/// The editor of one item, generated from its type's definition. Its buttons save a draft, publish, publish later,
/// unpublish or delete; the form carries the version it was made from, so a save over someone else's change is refused.
/// A type holding personal data is refused to everyone: its module's own pages change its items.
/// </summary>
public sealed class EditModel(
    ContentDefinitionManager definitions,
    ContentManager contents,
    ContentEditorBuilder editors,
    ContentEditingService editing,
    EditorTimeZones zones,
    PublishScheduleStore schedules,
    ContainerSections containers,
    NewItemPlacement placements,
    IEnumerable<ContentEditorLink> links,
    TranslationLinks translations) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public long Stamp { get; set; }

    [BindProperty]
    public string? PublishAt { get; set; }

    /// <summary>For a new item: the list it goes into (« Nouvel article »), or the zone and layer of a new widget.</summary>
    [BindProperty(SupportsGet = true)]
    public string? InList { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Layer { get; set; }

    /// <summary>The type of the list the item is in (its ContainedPart), for the link back to it.</summary>
    public string? ListType { get; private set; }

    /// <summary>The flow's widgets and the list's items shown below the form.</summary>
    public ContainerView Containers { get; private set; } = ContainerView.None;

    public ContentTypeDefinitionRecord Definition { get; private set; } = new();

    public ContentItem Item { get; private set; } = new();

    public IReadOnlyList<EditorGroup> Groups { get; private set; } = [];

    public ContentItem? Conflict { get; private set; }

    public IReadOnlyList<string> GeneralErrors { get; private set; } = [];

    public bool HasPublishedVersion { get; private set; }

    public ScheduledPublication? Schedule { get; private set; }

    public bool CanPublish { get; private set; }

    public bool CanDelete { get; private set; }

    public TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;

    public bool IsNew => string.IsNullOrEmpty(Id);

    /// <summary>The published version's address on the public site, when it has one.</summary>
    public string? PublicUrl { get; private set; }

    /// <summary>The page answers a refused post: what it shows is not saved yet.</summary>
    public bool IsPostBack => HttpMethods.IsPost(Request.Method);

    /// <summary>The item's other languages: its translations or « Traduire en anglais », or its original.</summary>
    public IReadOnlyList<TranslationLink> Translations { get; private set; } = [];

    /// <summary>The links modules add to this type's editor (a Form's elements).</summary>
    public IReadOnlyList<ContentEditorLink> Links => links.Where(l => l.ContentType == Type).ToList();

    public async Task<IActionResult> OnGetAsync()
    {
        var (latest, denied) = await LoadAsync();
        if (denied is not null)
        {
            return denied;
        }

        VersionId = latest?.ContentItemVersionId;
        Stamp = latest?.DocumentVersion ?? 0;
        await ShowAsync(latest ?? await editing.NewAsync(Type, User), []);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync() => SaveAsync(publish: false);

    public Task<IActionResult> OnPostPublishAsync() => SaveAsync(publish: true);

    public async Task<IActionResult> OnPostScheduleAsync()
    {
        var (latest, denied) = await LoadAsync();
        if (denied is not null || !await CanPublishAsync(latest))
        {
            return denied ?? Forbid();
        }

        var zone = latest is null ? await zones.ForAsync(await editing.NewAsync(Type, User)) : await zones.ForAsync(latest);
        if (!DateTime.TryParseExact(PublishAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || zone.IsInvalidTime(local))
        {
            return await ShowErrorAsync(latest, T["Indiquez la date et l'heure de publication."]);
        }

        var (change, refusal) = await ChangeAsync();
        if (change is null)
        {
            return await ShowErrorAsync(latest, refusal);
        }

        var at = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        var result = await editing.ScheduleAsync(latest, Type, change, VersionId, Stamp, User, at);
        return await AfterSaveAsync(result, T["Brouillon enregistré ; publication prévue le {0}.", local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)]);
    }

    public async Task<IActionResult> OnPostUnpublishAsync()
    {
        var (latest, denied) = await LoadAsync();
        if (denied is not null || latest is null || !await CanPublishAsync(latest))
        {
            return denied ?? Forbid();
        }

        Conflict = await editing.UnpublishAsync(latest, VersionId, Stamp);
        return Conflict is null ? Done(T["Le contenu n'est plus publié."]) : await ShowErrorAsync(latest, null);
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var (latest, denied) = await LoadAsync();
        if (denied is not null || latest is null || !await CanAsync(Permissions.DeleteContent, latest))
        {
            return denied ?? Forbid();
        }

        Conflict = await editing.DeleteAsync(latest, VersionId, Stamp);
        if (Conflict is not null)
        {
            return await ShowErrorAsync(latest, null);
        }

        Flash(T["Le contenu a été supprimé."]);
        return Redirect($"/admin/contents/{Type}");
    }

    public string Local(DateTime? utc) =>
        utc is null ? "" : DateTimeFieldEditor.ToLocal(utc.Value, TimeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private async Task<IActionResult> SaveAsync(bool publish)
    {
        var (latest, denied) = await LoadAsync();
        if (denied is not null)
        {
            return denied;
        }

        if (publish && !await CanPublishAsync(latest))
        {
            return Forbid();
        }

        var (change, refusal) = await ChangeAsync();
        if (change is null)
        {
            return await ShowErrorAsync(latest, refusal);
        }

        var result = await editing.SaveAsync(latest, Type, change, VersionId, Stamp, User, publish);
        IReadOnlyList<string> pending = publish && result.Succeeded ? BracketPlaceholders.FindIn(result.Item.Content) : [];
        return await AfterSaveAsync(result, pending.Count > 0
            ? T["Le contenu est publié, mais il contient encore des mentions entre crochets à compléter : {0}. Le public lit « Information à venir » à leur place.", string.Join(" ; ", pending.Take(3))]
            : publish ? T["Le contenu est publié."] : T["Brouillon enregistré."]);
    }

    /// <summary>What a save does to the working version: a new item placed where its editor was opened from (list, or zone and layer), then the form; or why not.</summary>
    private async Task<(Func<ContentItem, Task<IReadOnlyList<ContentValidationError>>>? Change, string? Refusal)> ChangeAsync()
    {
        var form = new EditorForm(Request.Form);
        var (place, refusal) = IsNew ? await placements.ResolveAsync(Type, InList, Zone, Layer, User) : (null, null);
        return refusal is not null ? (null, T[refusal]) : (item =>
        {
            place?.Invoke(item);
            return editors.ApplyAsync(item, form);
        }, null);
    }

    private async Task<IActionResult> AfterSaveAsync(EditResult result, string message)
    {
        if (result.Succeeded)
        {
            Id = result.Item.ContentItemId;
            return Done(message);
        }

        Conflict = result.ConflictingVersion;
        await ShowAsync(result.Item, result.Errors);
        return Page();
    }

    private RedirectResult Done(string message)
    {
        Flash(message);
        return Redirect($"/admin/contents/{Type}/edit/{Id}");
    }

    /// <summary>
    /// The editor again with <paramref name="error"/> and the values just posted, read into a copy that is never saved,
    /// so a refused button (publish later without a date, a conflict) never loses what was typed.
    /// </summary>
    private async Task<IActionResult> ShowErrorAsync(ContentItem? latest, string? error)
    {
        GeneralErrors = error is null ? [] : [error];
        var posted = latest?.Clone() ?? await editing.NewAsync(Type, User);
        var form = new EditorForm(Request.Form);
        await ShowAsync(posted, await editors.ApplyAsync(posted, form));
        return Page();
    }

    /// <summary>The latest version (null for a new item), or the answer when the type, item or right is missing.</summary>
    private async Task<(ContentItem? Latest, IActionResult? Denied)> LoadAsync()
    {
        var definition = await definitions.GetTypeDefinitionAsync(Type);
        if (definition is null)
        {
            return (null, NotFound());
        }

        Definition = definition;
        if (PersonalDataSettings.Of(definition).HoldsPersonalData)
        {
            // Only the owning module's flow and pages create or change such items, whoever asks.
            return (null, Forbid());
        }

        if (IsNew)
        {
            return (null, await CanForTypeAsync(Permissions.EditOwnContent, Type) ? null : Forbid());
        }

        var latest = await contents.GetAsync(Id!, VersionOptions.Latest);
        if (latest is null || latest.ContentType != Type)
        {
            return (null, NotFound());
        }

        return (latest, await CanAsync(Permissions.EditContent, latest) ? null : Forbid());
    }

    private async Task<bool> CanPublishAsync(ContentItem? latest) =>
        latest is null ? await CanForTypeAsync(Permissions.PublishOwnContent, Type) : await CanAsync(Permissions.PublishContent, latest);

    private async Task ShowAsync(ContentItem item, IReadOnlyList<ContentValidationError> errors)
    {
        Item = item;
        Groups = await editors.BuildAsync(item, errors, Request.HasFormContentType ? new EditorForm(Request.Form) : null);
        var shown = Groups.SelectMany(g => g.Inputs).Select(i => i.Key).ToHashSet();
        GeneralErrors = [.. GeneralErrors, .. errors.Where(e => !shown.Contains(e.Member)).Select(e => e.Message)];
        TimeZone = await zones.ForAsync(item);
        Containers = IsNew ? ContainerView.None : await containers.BuildAsync(item);
        ListType = item.GetText("ContainedPart", "ListContentItemId") is { Length: > 0 } listId ? (await contents.GetAsync(listId, VersionOptions.Latest))?.ContentType : null;
        var published = IsNew ? null : await contents.GetAsync(Id!);
        HasPublishedVersion = published is not null;
        PublicUrl = published?.GetText("AutoroutePart", "Path") is { Length: > 0 } path ? "/" + path.Trim('/') : null;
        Schedule = IsNew ? null : await schedules.GetAsync(Id!);
        Translations = IsNew ? [] : await translations.ForAsync(item);
        CanPublish = await CanPublishAsync(IsNew ? null : item);
        CanDelete = !IsNew && await CanAsync(Permissions.DeleteContent, item);
    }
}
