using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Models;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The part that makes a Form a registration form: <c>RegistrationFormPart</c> {EditionContentItemId, ThankYouPath}.
/// An empty edition id registers for the site's current edition.
/// </summary>
public static class RegistrationFormPart
{
    public const string Name = "RegistrationFormPart";

    /// <summary>The edition the form registers for (empty: the current edition); null when it is not a registration form.</summary>
    public static string? EditionIdOf(FormDefinition form) =>
        form.Item.GetPart(Name) is { } part ? JsonPaths.GetString(part, "EditionContentItemId") ?? "" : null;

    public static bool IsRegistrationForm(FormDefinition form) => EditionIdOf(form) is not null;

    /// <summary>The page an accepted registration ends on.</summary>
    public static string? ThankYouPathOf(FormDefinition form) => JsonPaths.GetString(form.Item.GetPart(Name), "ThankYouPath");
}
