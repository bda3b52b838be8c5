using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Metadata;

namespace RencontresAict.Api.Security;

/// <summary>
/// Content types holding personal data: the type named <c>Registration</c>, or any type whose
/// <c>ContentTypeSettings.PersonalData</c> is true. Only callers with ManageRegistrations see them, anywhere.
/// </summary>
public static class PersonalDataPolicy
{
    public const string RegistrationType = "Registration";

    public static bool IsPersonal(ContentTypeDefinitionRecord type) =>
        type.Name == RegistrationType || JsonPaths.GetBoolean(type.Settings, "ContentTypeSettings", "PersonalData") == true;
}
