using System.Globalization;
using System.Text.RegularExpressions;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Editing;

/// <summary>
/// Checks the element editor's values before anything is written, with a French message per value, keyed by the
/// value's name so the page shows it beside its field: a machine name of letters, digits, « - » and « _ », unique in
/// the form; readable choices; lengths that are whole numbers; a pattern that compiles and cannot run away; no
/// renaming of a field the form's submission handler reads by name, and no silent renaming of one posts already use.
/// </summary>
public static partial class FormElementInputValidator
{
    public const int MaxPatternLength = 500;

    /// <summary>How long a pattern may take on a hostile probe before it is refused as too costly.</summary>
    public static readonly TimeSpan PatternProbeTimeout = TimeSpan.FromMilliseconds(100);

    /// <param name="input">The values typed in the editor.</param>
    /// <param name="form">The form as it is now (the latest version).</param>
    /// <param name="element">The element being changed; null for a new one.</param>
    /// <param name="publishedNames">The field names of the published version: posts and stored answers use them.</param>
    /// <param name="required">The fields the form's submission handler reads by name (<see cref="IFormSubmissionHandler"/>).</param>
    public static IReadOnlyList<ContentValidationError> Check(
        FormElementInput input, FormDefinition form, FormElement? element, IReadOnlySet<string> publishedNames,
        IReadOnlyList<RequiredFormField>? required = null)
    {
        var errors = new List<ContentValidationError>();
        void Fail(string key, string message) => errors.Add(new ContentValidationError(key, message));

        if (!FormElementKinds.IsKnown(input.Type) && element?.ContentType != input.Type)
        {
            Fail("", $"Le type d'élément « {input.Type} » n'existe pas.");
            return errors;
        }

        if (input.Type is "Label" or "Button" && input.Text.Length is 0 or > 500)
        {
            Fail(nameof(input.Text), "Indiquez le texte affiché (500 caractères au plus).");
        }

        if (input.Type == "Validation" && !form.Fields.Any(f => f.Name == input.For))
        {
            Fail(nameof(input.For), "Choisissez le champ dont ce message affiche l'erreur.");
        }

        if (!input.IsField)
        {
            return errors;
        }

        if (input.Label.Length is 0 or > 500)
        {
            Fail(nameof(input.Label), "Indiquez le libellé que les visiteurs liront (500 caractères au plus).");
        }

        CheckName(input, form, element, publishedNames, required ?? [], Fail);
        if (input.Type == "Input" && !FormElementKinds.InputTypes.Any(t => t.Key == input.InputType))
        {
            Fail(nameof(input.InputType), "Choisissez un type de saisie proposé.");
        }

        if (input.Type == "Select")
        {
            if (!FormElementKinds.SelectEditors.Any(e => e.Key == input.Editor))
            {
                Fail(nameof(input.Editor), "Choisissez une présentation proposée.");
            }

            if (SelectOptionsText.Parse(input.Options).Error is { } optionsError)
            {
                Fail(nameof(input.Options), optionsError);
            }

            return errors;
        }

        var min = Length(input.MinLength, nameof(input.MinLength), Fail);
        var max = Length(input.MaxLength, nameof(input.MaxLength), Fail);
        if (min is { } low && max is { } high && low > high)
        {
            Fail(nameof(input.MinLength), "La longueur minimale dépasse la longueur maximale.");
        }

        if (PatternError(input.Pattern) is { } patternError)
        {
            Fail(nameof(input.Pattern), patternError);
        }

        if (input.AllowedValueList() is { Count: > 100 })
        {
            Fail(nameof(input.AllowedValues), "Pas plus de 100 réponses acceptées.");
        }

        return errors;
    }

    /// <summary>Why a pattern cannot be used (it does not compile, or backtracks for too long on a probe); null when it can.</summary>
    public static string? PatternError(string pattern)
    {
        if (pattern.Length == 0)
        {
            return null;
        }

        if (pattern.Length > MaxPatternLength)
        {
            return $"L'expression régulière ne doit pas dépasser {MaxPatternLength} caractères.";
        }

        try
        {
            // Anchored as FormValidator runs it, and tried on inputs that make nested quantifiers backtrack (a heuristic:
            // FormValidator's own timeout still refuses a post whose check runs too long).
            var regex = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, PatternProbeTimeout);
            foreach (var probe in new[] { new string('a', 40) + "!", new string('1', 40) + "!", string.Concat(Enumerable.Repeat("a1", 20)) + "!", new string(' ', 40) + "!" })
            {
                regex.IsMatch(probe);
            }

            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return "Cette expression régulière met trop longtemps à vérifier une réponse (retours arrière en cascade) : simplifiez-la.";
        }
        catch (ArgumentException)
        {
            return "Cette expression régulière n'est pas valide : vérifiez les parenthèses, les crochets et les caractères spéciaux (\\ . * + ? [ ] ( ) { } |).";
        }
    }

    private static void CheckName(
        FormElementInput input, FormDefinition form, FormElement? element, IReadOnlySet<string> publishedNames,
        IReadOnlyList<RequiredFormField> required, Action<string, string> fail)
    {
        var key = nameof(input.Name);
        if (!NamePattern().IsMatch(input.Name))
        {
            fail(key, "Le nom technique commence par une lettre et ne contient que des lettres sans accent, des chiffres, « - » et « _ » (64 caractères au plus).");
            return;
        }

        if (form.Elements.FirstOrDefault(e => e != element && string.Equals(e.Name, input.Name, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            fail(key, $"Le nom « {input.Name} » est déjà celui de l'élément « {other.Label ?? other.Text ?? other.Name} » : choisissez-en un autre.");
            return;
        }

        var oldName = element?.Name;
        if (oldName is null || oldName == input.Name)
        {
            return;
        }

        if (required.FirstOrDefault(f => f.Name == oldName) is { } kept)
        {
            fail(key, kept.RenameRefusal);
        }
        else if (publishedNames.Contains(oldName) && !input.ConfirmRename)
        {
            fail(key, $"Les réponses déjà reçues sont enregistrées sous le nom « {oldName} », et le traitement du formulaire retrouve chaque réponse par ce nom. "
                + "Renommer ce champ peut faire perdre ses prochaines réponses : cochez « Je confirme le renommage » pour le faire quand même.");
        }
    }

    private static int? Length(string text, string key, Action<string, string> fail)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100_000)
        {
            return value;
        }

        fail(key, "Indiquez un nombre entier de caractères, entre 0 et 100 000.");
        return null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
