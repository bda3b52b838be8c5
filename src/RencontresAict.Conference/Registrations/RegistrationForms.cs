using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Settings;
using RencontresAict.Forms.Models;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The registration form of an edition: the published Form whose RegistrationFormPart names that edition or, when it
/// names none, registers for the current edition. Its input elements, in order, are the columns of an export. An edition
/// has one form per language (a localization set); this is the one in the site's language (French, or no culture given).
/// </summary>
public sealed class RegistrationForms(DocumentSession session, ContentItemStore store, SiteSettingsService settings)
{
    public async Task<FormDefinition?> FindAsync(EditionFacts? edition)
    {
        if (edition is null)
        {
            return null;
        }

        var ids = await session.QueryAsync<long>("SELECT DocumentId FROM ContentItemIndex WHERE ContentType = 'Form' AND Published = 1 ORDER BY DocumentId");
        var forms = (await store.LoadManyAsync(ids)).Select(FormDefinition.From).Where(f => RegistrationFormPart.IsRegistrationForm(f) && (f.Culture is null || f.Culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase))).ToList();
        var current = await settings.GetCurrentEditionIdAsync();
        return forms.Find(f => RegistrationFormPart.EditionIdOf(f) == edition.Id)
            ?? forms.Find(f => RegistrationFormPart.EditionIdOf(f) == "" && current == edition.Id);
    }
}
