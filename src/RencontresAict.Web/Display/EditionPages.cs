using RencontresAict.Conference.Display;
using RencontresAict.Conference.Display.Models;
using RencontresAict.Content.Settings;
using ProgrammeLinks = RencontresAict.Conference.Programme.ProgrammeLinks;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Web.Display;

/// <summary>
/// The pages every edition has — home, programme, speakers, partners, practical information — rendered for one
/// edition, whether it is the current one (at <c>/</c>, <c>/programme</c>…) or an archive (at <c>/2022/</c>…). The page
/// is shown as its edition's (<see cref="DisplayedEdition"/>); an archive's titles name the edition. The programme may be
/// filtered by format (<c>?format=atelier</c>, see <see cref="ProgrammePageModel"/>): the output cache varies by query.
/// </summary>
public sealed class EditionPages(
    PublicPageRenderer renderer, DisplayedEdition displayed, ContentPageModels models, EditionReader editions,
    ProgrammeReader programme, SpeakerReader speakers, PartnerReader partners, SiteBaseUrl baseUrl)
{
    public async Task<IResult> HomeAsync(HttpContext http, EditionModel edition)
    {
        var (extra, jsonLd) = await models.BuildAsync(edition.Item);
        displayed.Show(edition);
        return await renderer.ContentAsync(http, edition.Item, extra, jsonLd);
    }

    public async Task<IResult> ProgrammeAsync(HttpContext http, EditionModel edition)
    {
        displayed.Show(edition);
        var days = await programme.ReadAsync(edition.ContentItemId, await editions.GetZoneAsync(edition.Item));
        var editionBase = await displayed.BasePathAsync();
        var calendars = VisitorDates.IsEnglish
            ? (ProgrammeLinks.EnglishProgramme, ProgrammeLinks.EnglishSelection)
            : (editionBase + ProgrammeLinks.Programme, editionBase + ProgrammeLinks.Selection);
        var page = ProgrammePageModel.Build(edition, days, http.Request.Query["format"], calendars, await baseUrl.GetAsync());
        var title = page.Format is null ? "Programme" : $"Programme : {page.Format.Name}";
        return await ViewAsync(http, "Programme", new()
        {
            ["Edition"] = edition, ["Days"] = page.Days, ["Formats"] = page.Formats, ["Format"] = page.Format, ["CalendarUrl"] = page.CalendarUrl,
            ["WebcalUrl"] = page.WebcalUrl, ["SelectionCalendarUrl"] = page.SelectionCalendarUrl, ["Description"] = page.Description,
        }, title, edition);
    }

    public async Task<IResult> SpeakersAsync(HttpContext http, EditionModel edition)
    {
        displayed.Show(edition);
        var list = await speakers.ListForEditionAsync(edition.Item, edition.ContentItemId);
        return await ViewAsync(http, "Speakers", new() { ["Edition"] = edition, ["Speakers"] = list, ["Description"] = PageDescriptions.Speakers(edition) }, "Intervenants", edition);
    }

    public async Task<IResult> PartnersAsync(HttpContext http, EditionModel edition)
    {
        displayed.Show(edition);
        var groups = await partners.GroupAsync(edition.ContentItemId);
        return await ViewAsync(http, "Partners", new() { ["Edition"] = edition, ["Groups"] = groups, ["Description"] = PageDescriptions.Partners(edition) }, "Partenaires", edition);
    }

    public async Task<IResult> PracticalInformationAsync(HttpContext http, EditionModel edition)
    {
        displayed.Show(edition);
        return await ViewAsync(http, "PracticalInformation", new() { ["Edition"] = edition, ["Description"] = PageDescriptions.PracticalInformation(edition) }, "Infos pratiques", edition);
    }

    /// <summary>An archived edition's registration: closed, with a link to the current edition.</summary>
    public async Task<IResult> RegistrationClosedAsync(HttpContext http, EditionModel edition)
    {
        displayed.Show(edition);
        return await ViewAsync(http, "RegistrationClosed", new() { ["Edition"] = edition }, "Inscriptions closes", edition);
    }

    private async Task<IResult> ViewAsync(HttpContext http, string view, Dictionary<string, object?> model, string title, EditionModel edition) =>
        await renderer.ViewAsync(http, view, model, await displayed.IsArchiveAsync() ? $"{title} · {edition.Title}" : title);
}
