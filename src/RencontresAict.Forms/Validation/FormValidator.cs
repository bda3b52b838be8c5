using System.Globalization;
using System.Text.RegularExpressions;
using RencontresAict.Content.Text;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Validation;

/// <summary>
/// Checks a post against the rules written on the form's elements — required, e-mail, telephone, number, date,
/// pattern, minimum and maximum length, allowed answers, one line for inputs, no control character (NUL, escape…; tab and
/// line breaks only in a text area), and values among a select's options — and records a
/// French message per broken rule. Runs on the server for every post, whatever the browser checked.
/// </summary>
public static partial class FormValidator
{
    /// <summary>No more values per name than this (a checkbox list has a handful).</summary>
    public const int MaxValuesPerName = 20;

    public static void Validate(FormDefinition form, FormModelState state)
    {
        if (state.IsValidated)
        {
            return;
        }

        state.IsValidated = true;
        foreach (var element in form.Fields)
        {
            foreach (var error in Check(element, state.GetValues(element.Name!)))
            {
                state.AddError(element.Name!, error);
            }
        }
    }

    public static IEnumerable<string> Check(FormElement element, IReadOnlyList<string> posted)
    {
        var label = $"« {element.Label ?? element.Name} »";
        var values = posted.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (values.Count == 0)
        {
            if (element.Required)
            {
                yield return element.InputType == "checkbox" && element.ContentType == "Input"
                    ? $"Cochez la case {label} pour continuer."
                    : element.IsGroup ? $"Choisissez au moins une réponse pour {label}." : $"Le champ {label} est obligatoire.";
            }

            yield break;
        }

        if (values.Count > (element.AllowsSeveralValues ? MaxValuesPerName : 1))
        {
            yield return $"Le champ {label} n'accepte qu'une seule valeur.";
            yield break;
        }

        if (element.ContentType == "Select")
        {
            if (values.Any(v => !element.Options.Any(o => o.Value == v)))
            {
                yield return $"Choisissez une réponse proposée pour {label}.";
            }

            yield break;
        }

        var value = values[0];
        if (value.Length > element.MaxLength)
        {
            yield return $"Le champ {label} ne doit pas dépasser {element.MaxLength} caractères (actuellement {value.Length}).";
            yield break;
        }

        if (element.MinLength is { } min && value.Length < min)
        {
            yield return $"Le champ {label} doit contenir au moins {min} caractères.";
        }

        if (element.ContentType == "Input" && value.IndexOfAny(['\r', '\n']) >= 0)
        {
            yield return $"Le champ {label} doit tenir sur une seule ligne.";
            yield break;
        }

        if (TextNormalizer.HasControlCharacter(value, allowLines: element.ContentType == "TextArea"))
        {
            yield return $"Le champ {label} contient un caractère de contrôle invisible (par exemple un caractère nul) : retapez votre réponse sans le copier-coller.";
            yield break;
        }

        if (TypeError(element, value, label) is { } typeError)
        {
            yield return typeError;
        }
        else if (element.AllowedValues.Count > 0 && !element.AllowedValues.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"Le champ {label} n'accepte que l'une de ces réponses : {string.Join(", ", element.AllowedValues)}.";
        }
        else if (element.Pattern is { } pattern && !Matches(pattern, value))
        {
            yield return element.PatternMessage ?? $"Le format du champ {label} n'est pas valide.";
        }
    }

    private static string? TypeError(FormElement element, string value, string label) => element.ContentType != "Input" ? null : element.InputType switch
    {
        "email" when !IsEmail(value) => $"Saisissez une adresse e-mail valide dans le champ {label}, par exemple nom@exemple.fr.",
        "tel" when !TelPattern().IsMatch(value) => $"Saisissez un numéro de téléphone valide dans le champ {label}, par exemple +33 1 53 41 81 81.",
        "number" when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.GetCultureInfo("fr-FR"), out _) => $"Saisissez un nombre dans le champ {label}.",
        "date" when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            => $"Saisissez une date valide dans le champ {label} (jj/mm/aaaa).",
        "checkbox" or "radio" when element.DefaultValue is { } expected && value != expected => $"La réponse au champ {label} n'est pas valide.",
        _ => null,
    };

    /// <summary>One address, local@domain.tld, with no spaces, angle brackets, commas or line breaks (nothing a header could misread).</summary>
    public static bool IsEmail(string value) => value.Length <= 254 && EmailPattern().IsMatch(value);

    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""\\]{1,64}@[^@\s<>()\[\],;:""\\.]+(\.[^@\s<>()\[\],;:""\\.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ().\-]{5,28}$", RegexOptions.CultureInvariant)]
    private static partial Regex TelPattern();
}
