using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Localization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Conference.Registrations;
using RencontresAict.Workflows.Email;

namespace RencontresAict.Conference.Pages.Registrations;

/// <summary>
/// One registration: every answer (as text), its status history with who moved it, the e-mails queued for it and their
/// delivery; and two actions, each a POST with an antiforgery token: cancel (confirmed by a tick box; same effects as
/// the visitor's link) and resend the e-mail of its status.
/// </summary>
public sealed class DetailModel(
    ContentManager content,
    EditionFactsReader editions,
    RegistrationExporter exporter,
    RegistrationJournalQuery journal,
    RegistrationCancellationService cancellations,
    RegistrationEmailResender resender,
    DocumentSession session) : RegistrationsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ContentItem Item { get; private set; } = new();

    public EditionFacts? Edition { get; private set; }

    public string Status => RegistrationFactory.Status(Item) ?? RegistrationStatus.Pending;

    public bool CanCancel => RegistrationStatus.CanMove(Status, RegistrationStatus.Cancelled);

    public IReadOnlyList<(string Label, string Value)> Answers { get; private set; } = [];

    public IReadOnlyList<RegistrationJournalEntry> Statuses { get; private set; } = [];

    public IReadOnlyList<RegistrationJournalEntry> Emails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAllowedAsync() is { } refused)
        {
            return refused;
        }

        if (await LoadAsync() is not { } item)
        {
            return NotFound();
        }

        Edition = await editions.ReadAsync(RegistrationProperties.EditionId(item));
        if (Edition is not null)
        {
            Answers = (await exporter.ColumnsAsync(Edition, AdminLocalizer.IsEnglish ? "en" : null))
                .Select(c => (T[c.Header], Translated(c.Header, c.Text(item)))).ToList();
        }

        Statuses = await journal.StatusesAsync(item.ContentItemId);
        Emails = await journal.EmailsAsync(item.ContentItemId);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(bool confirm)
    {
        if (await RefuseUnlessAllowedAsync() is { } refused)
        {
            return refused;
        }

        if (await LoadAsync() is null)
        {
            return NotFound();
        }

        if (!confirm)
        {
            Flash(T["Cochez la case pour confirmer l'annulation : rien n'a été modifié."]);
            return Redirect(DetailUrl);
        }

        try
        {
            var outcome = await cancellations.CancelAsync(Id);
            await session.SaveChangesAsync(HttpContext.RequestAborted);
            Flash(outcome == CancellationOutcome.NotLive
                ? T["Cette inscription est déjà annulée : rien n'a été modifié."]
                : T["Inscription annulée. La personne est prévenue par e-mail et la place est proposée à la liste d'attente."]);
        }
        catch (ContentConcurrencyException)
        {
            Flash(T["L'inscription a été modifiée entre-temps : rien n'a été fait, vérifiez son statut et recommencez."]);
        }

        return Redirect(DetailUrl);
    }

    public async Task<IActionResult> OnPostResendAsync()
    {
        if (await RefuseUnlessAllowedAsync() is { } refused)
        {
            return refused;
        }

        if (await LoadAsync() is not { } item)
        {
            return NotFound();
        }

        try
        {
            var message = await resender.SendForStatusAsync(item);
            await session.SaveChangesAsync(HttpContext.RequestAborted);
            Flash(message is null
                ? T["Le workflow des inscriptions n'a pas d'e-mail pour ce statut : rien n'a été envoyé."]
                : T["E-mail « {0} » renvoyé à {1}.", message.Subject, string.Join(", ", message.To)]);
        }
        catch (EmailValidationException)
        {
            Flash(T["L'adresse de cette inscription est refusée par la messagerie : rien n'a été envoyé."]);
        }

        return Redirect(DetailUrl);
    }

    /// <summary>The admin's words among the answers (status, language, yes/no) in its language; the registrant's own words as written.</summary>
    private string Translated(string header, string value) => header is "Statut" or "Langue" || value is "oui" or "non" ? T[value] : value;

    private string DetailUrl => "/admin/registrations/" + Uri.EscapeDataString(Id);

    private async Task<ContentItem?> LoadAsync()
    {
        var item = await content.GetAsync(Id, VersionOptions.Latest);
        if (item?.ContentType != RegistrationIndexProvider.ContentType)
        {
            return null;
        }

        Item = item;
        return item;
    }
}
