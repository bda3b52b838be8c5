using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using RencontresAict.Content.Text;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Validation;

/// <summary>
/// Checks a post against the rules written on the form's elements — required, e-mail, telephone, number, date,
/// pattern, minimum and maximum length, allowed answers, one line for inputs, no control character (NUL, escape…; tab and
/// line breaks only in a text area), and values among a select's options — and records a
/// message per broken rule, written in French and translated through <see cref="IStringLocalizer"/> (the form's
/// language: its post is answered in it). Runs on the server for every post, whatever the browser checked.
/// </summary>
public static partial class FormValidator
{
    /// <summary>No more values per name than this (a checkbox list has a handful).</summary>
    public const int MaxValuesPerName = 20;

    public static void Validate(FormDefinition form, FormModelState state, IStringLocalizer? texts = null)
    {
        if (state.IsValidated)
        {
            return;
        }

        state.IsValidated = true;
        foreach (var element in form.Fields)
        {
            foreach (var error in Check(element, state.GetValues(element.Name!), texts))
            {
                state.AddError(element.Name!, error);
            }
        }
    }

    /// <summary>The messages for one element's posted values; <c>texts</c> translates them (null: the French source texts).</summary>
    public static IEnumerable<string> Check(FormElement element, IReadOnlyList<string> posted, IStringLocalizer? texts = null)
    {
        string T(string french, params object[] arguments) =>
            texts is null ? string.Format(CultureInfo.CurrentCulture, french, arguments) : texts[french, arguments].Value;

        var label = element.Label ?? element.Name ?? "";
        var values = posted.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (values.Count == 0)
        {
            if (element.Required)
            {
                yield return element.InputType == "checkbox" && element.ContentType == "Input"
                    ? T("Cochez la case « {0} » pour continuer.", label)
                    : element.IsGroup ? T("Choisissez au moins une réponse pour « {0} ».", label) : T("Le champ « {0} » est obligatoire.", label);
            }

            yield break;
        }

        if (values.Count > (element.AllowsSeveralValues ? MaxValuesPerName : 1))
        {
            yield return T("Le champ « {0} » n'accepte qu'une seule valeur.", label);
            yield break;
        }

        if (element.ContentType == "Select")
        {
            if (values.Any(v => !element.Options.Any(o => o.Value == v)))
            {
                yield return T("Choisissez une réponse proposée pour « {0} ».", label);
            }

            yield break;
        }

        var value = values[0];
        if (value.Length > element.MaxLength)
        {
            yield return T("Le champ « {0} » ne doit pas dépasser {1} caractères (actuellement {2}).", label, element.MaxLength, value.Length);
            yield break;
        }

        if (element.MinLength is { } min && value.Length < min)
        {
            yield return T("Le champ « {0} » doit contenir au moins {1} caractères.", label, min);
        }

        if (element.ContentType == "Input" && value.IndexOfAny(['\r', '\n']) >= 0)
        {
            yield return T("Le champ « {0} » doit tenir sur une seule ligne.", label);
            yield break;
        }

        if (TextNormalizer.HasControlCharacter(value, allowLines: element.ContentType == "TextArea"))
        {
            yield return T("Le champ « {0} » contient un caractère de contrôle invisible (par exemple un caractère nul) : retapez votre réponse sans le copier-coller.", label);
            yield break;
        }

        if (TypeError(element, value, label, T) is { } typeError)
        {
            yield return typeError;
        }
        else if (element.AllowedValues.Count > 0 && !element.AllowedValues.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            yield return T("Le champ « {0} » n'accepte que l'une de ces réponses : {1}.", label, string.Join(", ", element.AllowedValues));
        }
        else if (element.Pattern is { } pattern && !Matches(pattern, value))
        {
            yield return element.PatternMessage ?? T("Le format du champ « {0} » n'est pas valide.", label);
        }
    }

    private static string? TypeError(FormElement element, string value, string label, Func<string, object[], string> T) => element.ContentType != "Input" ? null : element.InputType switch
    {
        "email" when !IsEmail(value) => T("Saisissez une adresse e-mail valide dans le champ « {0} », par exemple nom@exemple.fr.", [label]),
        "tel" when !TelPattern().IsMatch(value) => T("Saisissez un numéro de téléphone valide dans le champ « {0} », par exemple +33 1 53 41 81 81.", [label]),
        "number" when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.GetCultureInfo("fr-FR"), out _) => T("Saisissez un nombre dans le champ « {0} ».", [label]),
        "date" when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            => T("Saisissez une date valide dans le champ « {0} » (jj/mm/aaaa).", [label]),
        "checkbox" or "radio" when element.DefaultValue is { } expected && value != expected => T("La réponse au champ « {0} » n'est pas valide.", [label]),
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
