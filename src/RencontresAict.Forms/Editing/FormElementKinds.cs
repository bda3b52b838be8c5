namespace RencontresAict.Forms.Editing;

/// <summary>
/// What the element editor offers, as (value, French name) pairs: the widgets a form can hold, the input types and
/// the ways a Select shows its choices. The values are Orchard Core's (content type, <c>InputPart.Type</c>,
/// <c>SelectPart.Editor</c>).
/// </summary>
public static class FormElementKinds
{
    public static IReadOnlyList<KeyValuePair<string, string>> Widgets { get; } =
    [
        new("Input", "Champ de saisie"),
        new("TextArea", "Zone de texte"),
        new("Select", "Liste de choix"),
        new("Label", "Intertitre"),
        new("Button", "Bouton"),
        new("Validation", "Message d'erreur d'un champ"),
    ];

    /// <summary>"email" is the e-mail rule: the server refuses anything but one address.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> InputTypes { get; } =
    [
        new("text", "Texte sur une ligne"),
        new("email", "Adresse e-mail (vérifiée)"),
        new("tel", "Téléphone (vérifié)"),
        new("number", "Nombre (vérifié)"),
        new("date", "Date (vérifiée)"),
        new("checkbox", "Case à cocher"),
        new("radio", "Bouton radio"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> SelectEditors { get; } =
    [
        new("Dropdown", "Liste déroulante (une réponse)"),
        new("Radio", "Boutons radio (une réponse)"),
        new("Checkbox", "Cases à cocher (plusieurs réponses)"),
    ];

    /// <summary>The widgets whose value is posted under a name (the others only show text or errors).</summary>
    public static bool IsField(string type) => type is "Input" or "TextArea" or "Select";

    public static bool IsKnown(string type) => Widgets.Any(w => w.Key == type);

    public static string NameOf(string type) =>
        Widgets.FirstOrDefault(w => w.Key == type).Value ?? (type == "ValidationSummary" ? "Résumé des erreurs" : type);
}
