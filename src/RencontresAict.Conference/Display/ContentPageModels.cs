using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;
using RencontresAict.Forms.Models;
using RencontresAict.Conference.Display.Editions;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Conference.Display;

/// <summary>
/// What a content page's template gets besides <c>Model.ContentItem</c>, by type: an Edition gets <c>Model.Edition</c>,
/// <c>Model.Formats</c> (featured) and <c>Model.PartnerGroups</c>; a Session <c>Model.Session</c> and <c>Model.Edition</c>;
/// a Speaker <c>Model.Speaker</c> and <c>Model.Editions</c> (its sessions by edition); a Partner <c>Model.Partner</c>.
/// Editions and sessions also get their JSON-LD; every type its <c>Description</c> (<see cref="PageDescriptions"/>) and a
/// speaker or partner its <c>SocialImage</c> (photo, logo) for the page's head. An edition, a session and an edition's registration form are shown
/// as pages of their own edition (<see cref="DisplayedEdition"/>).
/// </summary>
public sealed class ContentPageModels(
    EditionReader editions, SessionReader sessions, FormatCatalog formats, PartnerReader partners, ContentManager content, SiteBaseUrl site,
    DisplayedEdition displayed, SpeakerEditions speakerEditions, LocalizedContentQuery localized)
{
    public async Task<(Dictionary<string, object?> Extra, string? JsonLd)> BuildAsync(ContentItem item)
    {
        var baseUrl = await site.GetAsync();
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        string? jsonLd = null;
        switch (item.ContentType)
        {
            case "Edition":
                var edition = await editions.ReadAsync(item);
                displayed.Show(edition);
                extra["Edition"] = edition;
                extra["Formats"] = await formats.FeaturedAsync();
                extra["PartnerGroups"] = await partners.GroupAsync(edition.ContentItemId);
                extra["Description"] = PageDescriptions.Edition(edition);
                jsonLd = EventJsonLdBuilder.ForEdition(edition, baseUrl);
                break;
            case "Session":
                var editionItem = FieldValues.FirstPicked(item, "Session", "Edition") is { } id && await content.GetAsync(id) is { } picked
                    ? await localized.ForCurrentCultureAsync(picked)
                    : null;
                var session = await sessions.ReadAsync(item, await editions.GetZoneAsync(editionItem));
                extra["Session"] = session;
                extra["Description"] = PageDescriptions.Session(session);
                if (editionItem is not null)
                {
                    var parent = await editions.ReadAsync(editionItem);
                    displayed.Show(parent);
                    extra["Edition"] = parent;
                    jsonLd = EventJsonLdBuilder.ForSession(session, parent, baseUrl);
                }

                break;
            case "Speaker":
                var speaker = SpeakerReader.ToModel(item);
                extra["Speaker"] = speaker;
                extra["Description"] = PageDescriptions.Speaker(speaker);
                extra["SocialImage"] = speaker.Photo;
                extra["Editions"] = await speakerEditions.ListAsync(await localized.DefaultCultureIdAsync(item));
                break;
            case "Partner":
                var partner = PartnerReader.ToModel(item);
                extra["Partner"] = partner;
                extra["Description"] = PageDescriptions.Partner(partner);
                extra["SocialImage"] = partner.Logo;
                break;
            case var _ when FormDefinition.IsForm(item) && RegistrationFormPart.EditionIdOf(FormDefinition.From(item)) is { Length: > 0 } registersFor:
                if (await content.GetAsync(registersFor) is { } registrationEdition)
                {
                    displayed.Show(await editions.ReadAsync(registrationEdition));
                }

                break;
            default:
                break;
        }

        return (extra, jsonLd);
    }
}
