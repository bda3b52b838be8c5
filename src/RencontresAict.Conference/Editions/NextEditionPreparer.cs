using System.Globalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Settings;
using RencontresAict.Conference.Registrations;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// « Préparer l'édition suivante » and <c>new-edition</c>: copies an edition with a new number, title, path and days
/// (every date moved by <see cref="EditionDateShift"/>), its pages under the new year, its registration form and that
/// form's workflow type (bound to each other, links to the copied pages followed), all as drafts. Venue, partners,
/// speakers and formats are the same items, linked, not copied; no session, registration or workflow instance is copied.
/// The translations of the edition, its pages and its form are copied too, paired with their copies in new localization
/// sets, under the same language prefix (<c>en/2023/…</c>). Every check is made before the first write: a refused
/// request stores nothing. The caller saves the session.
/// </summary>
public sealed class NextEditionPreparer(
    EditionDirectory editions,
    EditionItemCopier copier,
    ContentManager contents,
    WorkflowTypeStore workflowTypes,
    EditionFactsReader facts,
    SiteSettingsService settings)
{
    public async Task<NextEditionResult> PrepareAsync(NextEditionRequest request)
    {
        var (source, shift) = await CheckAsync(request);
        var oldYear = EditionDirectory.YearOf(source);
        var year = request.Start.Year;

        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        var edition = copier.Copy(source, request.Author, sets);
        var title = NewTitle(source.DisplayText ?? "", oldYear, year, request.FromNumber, request.Number);
        edition.GetOrCreatePart("TitlePart")["Title"] = title;
        edition.DisplayText = title;
        edition.GetOrCreatePart("AutoroutePart")["Path"] = NewEditionPath(source, oldYear, year);
        edition.GetOrCreatePart("Edition")["Number"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = request.Number };
        shift.Apply(edition, request.End);

        var (pages, form, links) = await PlanCopiesAsync(source, edition, request.Author, sets);
        var translations = await PlanTranslationsAsync(source, edition, request, shift, sets, links);
        var workflow = form is null ? null : await CopyWorkflowAsync(form, links, request.Number);
        foreach (var registration in translations.Where(t => t.ContentType == form?.ContentType).Append(form).OfType<ContentItem>())
        {
            registration.GetOrCreatePart("RegistrationFormPart")["EditionContentItemId"] = edition.ContentItemId;
            registration.GetOrCreatePart("FormPart")["WorkflowTypeId"] = workflow?.WorkflowTypeId ?? "";
            EditionItemCopier.RewriteLinks(registration.GetPart("RegistrationFormPart"), links);
        }

        await contents.CreateAsync(edition, publish: false);
        foreach (var item in pages.Append(form).OfType<ContentItem>().Concat(translations))
        {
            await contents.CreateAsync(item, publish: false);
        }

        if (workflow is not null)
        {
            await workflowTypes.SaveAsync(workflow);
        }

        return new NextEditionResult(edition, pages, form, workflow?.WorkflowTypeId) { Translations = translations };
    }

    private async Task<(ContentItem Source, EditionDateShift Shift)> CheckAsync(NextEditionRequest request)
    {
        var source = await editions.FindByNumberAsync(request.FromNumber)
            ?? throw new EditionRequestException($"No edition has the number {request.FromNumber}.", $"Aucune édition ne porte le numéro {request.FromNumber}.");
        if (await editions.FindByNumberAsync(request.Number) is not null)
        {
            throw new EditionRequestException($"Edition {request.Number} already exists.", $"L'édition n° {request.Number} existe déjà : choisissez un autre numéro.");
        }

        if (request.End is { } end && end < request.Start)
        {
            throw new EditionRequestException(
                $"The end ({Iso(end)}) is before the start ({Iso(request.Start)}).",
                $"La date de fin ({French(end)}) est avant la date de début ({French(request.Start)}).");
        }

        if ((await editions.ListAsync()).FirstOrDefault(e => EditionDirectory.YearOf(e) == request.Start.Year) is { } sameYear)
        {
            throw new EditionRequestException(
                $"The year {request.Start.Year} is already used by edition {EditionDirectory.NumberOf(sameYear)} ({sameYear.DisplayText}).",
                $"L'année {request.Start.Year} est déjà celle de l'édition « {sameYear.DisplayText} ».");
        }

        var oldStart = EditionDirectory.StartOf(source)
            ?? throw new EditionRequestException($"Edition {request.FromNumber} has no start date to shift from.", $"L'édition n° {request.FromNumber} n'a pas de date de début.");
        var zone = (await facts.ReadAsync(source.ContentItemId))?.Zone ?? await settings.GetTimeZoneAsync();
        return (source, EditionDateShift.Between(oldStart, request.Start, zone));
    }

    /// <summary>The copies of the pages and the form, each under the new edition's path, and the old links → new links.</summary>
    private async Task<(List<ContentItem> Pages, ContentItem? Form, Dictionary<string, string> Links)> PlanCopiesAsync(
        ContentItem source, ContentItem edition, string author, Dictionary<string, string> sets)
    {
        var oldPrefix = EditionDirectory.PathOf(source) + "/";
        var newPrefix = EditionDirectory.PathOf(edition) + "/";
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string> { EditionDirectory.PathOf(edition) };

        ContentItem Under(ContentItem original)
        {
            var copy = copier.Copy(original, author, sets);
            var path = EditionDirectory.PathOf(original);
            var rest = path.StartsWith(oldPrefix, StringComparison.Ordinal) ? path[oldPrefix.Length..] : path;
            copy.GetOrCreatePart("AutoroutePart")["Path"] = newPrefix + rest;
            links["/" + path] = "/" + newPrefix + rest;
            paths.Add(newPrefix + rest);
            return copy;
        }

        var pages = (await editions.PagesOfAsync(source)).Select(Under).ToList();
        var form = await editions.RegistrationFormOfAsync(source) is { } original ? Under(original) : null;
        foreach (var path in paths)
        {
            if (await editions.IsPathTakenAsync(path))
            {
                throw new EditionRequestException($"The path /{path} is already used by another item.", $"L'adresse /{path} est déjà celle d'un autre contenu.");
            }
        }

        return (pages, form, links);
    }

    /// <summary>
    /// The copies of the translations of the edition, its pages and its form, each in its original's new set, at its
    /// path with the new edition's path after the language prefix (<c>en/registration</c> → <c>en/2023/registration</c>,
    /// <c>en/2022</c> → <c>en/2023</c>); the old links → new links are added to <paramref name="links"/>.
    /// </summary>
    private async Task<List<ContentItem>> PlanTranslationsAsync(
        ContentItem source, ContentItem edition, NextEditionRequest request, EditionDateShift shift,
        Dictionary<string, string> sets, Dictionary<string, string> links)
    {
        var oldPath = EditionDirectory.PathOf(source);
        var newPath = EditionDirectory.PathOf(edition);
        var originals = (await editions.PagesOfAsync(source)).Prepend(source).ToList();
        if (await editions.RegistrationFormOfAsync(source) is { } originalForm)
        {
            originals.Add(originalForm);
        }

        var copies = new List<ContentItem>();
        foreach (var original in originals)
        {
            foreach (var translation in await editions.TranslationsOfAsync(original))
            {
                var copy = copier.Copy(translation, request.Author, sets);
                var path = EditionDirectory.PathOf(translation);
                var slash = path.IndexOf('/', StringComparison.Ordinal);
                var (language, rest) = slash < 0 ? (path, "") : (path[..slash], path[(slash + 1)..]);
                rest = rest == oldPath ? "" : rest.StartsWith(oldPath + "/", StringComparison.Ordinal) ? rest[(oldPath.Length + 1)..] : rest;
                var moved = string.Join('/', new[] { language, newPath, rest }.Where(p => p.Length > 0));
                if (await editions.IsPathTakenAsync(moved))
                {
                    throw new EditionRequestException($"The path /{moved} is already used by another item.", $"L'adresse /{moved} est déjà celle d'un autre contenu.");
                }

                copy.GetOrCreatePart("AutoroutePart")["Path"] = moved;
                links["/" + path] = "/" + moved;
                if (copy.ContentType == source.ContentType)
                {
                    var title = NewTitle(translation.DisplayText ?? "", EditionDirectory.YearOf(source), request.Start.Year, request.FromNumber, request.Number);
                    copy.GetOrCreatePart("TitlePart")["Title"] = title;
                    copy.DisplayText = title;
                    copy.GetOrCreatePart("Edition")["Number"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = request.Number };
                    shift.Apply(copy, request.End);
                }

                copies.Add(copy);
            }
        }

        return copies;
    }

    private async Task<Workflows.Models.WorkflowType?> CopyWorkflowAsync(ContentItem form, IReadOnlyDictionary<string, string> links, int number)
    {
        var id = JsonPaths.GetString(form.Content, "FormPart", "WorkflowTypeId");
        if (string.IsNullOrEmpty(id) || await workflowTypes.GetForUpdateAsync(id) is not { } type)
        {
            return null;
        }

        return copier.Copy(type, $"{type.Name} ({number}e édition)", links);
    }

    private static string NewTitle(string title, int? oldYear, int year, int oldNumber, int number)
    {
        var renamed = oldYear is { } y ? title.Replace(y.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : title;
        renamed = renamed.Replace($"{oldNumber}e ", $"{number}e ", StringComparison.Ordinal);
        return renamed == title ? $"{title} ({year})" : renamed;
    }

    private static string NewEditionPath(ContentItem source, int? oldYear, int year)
    {
        var path = EditionDirectory.PathOf(source);
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        return oldYear is { } y && path.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? path.Replace(y.ToString(CultureInfo.InvariantCulture), yearText, StringComparison.Ordinal)
            : yearText;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string French(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
