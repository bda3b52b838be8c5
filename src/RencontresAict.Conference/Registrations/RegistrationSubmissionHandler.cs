using RencontresAict.Content.Metadata;
using RencontresAict.Forms.Models;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// The registration's part in the generic forms: a registration form (<see cref="RegistrationFormPart"/>) is closed
/// outside its edition's window (<see cref="RegistrationWindow"/>), keeps only the answers a Registration field
/// receives (RegistrationFactory stores an answer under a field of the same name), and needs its « Email » field.
/// </summary>
public sealed class RegistrationSubmissionHandler(RegistrationWindow window, ContentDefinitionManager definitions) : IFormSubmissionHandler
{
    /// <summary>The registration workflow reads this field by name (RegisterForEditionTask): it is never renamed or removed.</summary>
    public const string EmailFieldName = "Email";

    public IReadOnlyList<RequiredFormField> RequiredFields { get; } =
    [
        new(EmailFieldName,
            $"Le traitement des inscriptions lit l'adresse sous le nom « {EmailFieldName} » : ce champ ne peut pas être renommé.",
            $"Le traitement des inscriptions a besoin du champ « {EmailFieldName} » : il ne peut pas être supprimé."),
    ];

    public bool Handles(FormDefinition form) => RegistrationFormPart.IsRegistrationForm(form);

    public async Task<string?> GetClosedReasonAsync(FormDefinition form) =>
        await window.CheckAsync(RegistrationFormPart.EditionIdOf(form)) is { IsOpen: false } closed ? closed.Reason : null;

    public string? GetThankYouPath(FormDefinition form) => RegistrationFormPart.ThankYouPathOf(form);

    public async Task<IReadOnlySet<string>> GetStoredFieldNamesAsync(FormDefinition form) =>
        (await definitions.GetPartDefinitionAsync(RegistrationIndexProvider.ContentType))?.ContentPartFieldDefinitionRecords
            .Select(f => f.Name).ToHashSet(StringComparer.Ordinal) ?? [];
}
