using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Editing;

/// <summary>
/// A Select's choices as the editor types them, one per line: <c>valeur|libellé</c>, or a single word used as both
/// (<c>Autre</c>). Values are what is posted and stored, so they must be unique and not empty.
/// </summary>
public static class SelectOptionsText
{
    public const int MaxOptions = 100;

    public static string Format(IEnumerable<SelectOption> options) =>
        string.Join('\n', options.Select(o => o.Value == o.Text ? o.Text : $"{o.Value}|{o.Text}"));

    /// <summary>The choices, or the first French reason they cannot be read.</summary>
    public static (IReadOnlyList<SelectOption> Options, string? Error) Parse(string? text)
    {
        var options = new List<SelectOption>();
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var bar = lines[i].IndexOf('|', StringComparison.Ordinal);
            var value = (bar < 0 ? lines[i] : lines[i][..bar]).Trim();
            var label = (bar < 0 ? lines[i] : lines[i][(bar + 1)..]).Trim();
            if (value.Length == 0 || label.Length == 0)
            {
                return ([], $"Ligne {i + 1} : écrivez la valeur puis le libellé, séparés par « | » (par exemple « autre|Autre »).");
            }

            if (value.Length > 200 || label.Length > 500)
            {
                return ([], $"Ligne {i + 1} : la valeur (200 caractères au plus) ou le libellé (500 au plus) est trop long.");
            }

            if (options.Any(o => string.Equals(o.Value, value, StringComparison.Ordinal)))
            {
                return ([], $"Ligne {i + 1} : la valeur « {value} » est déjà celle d'un autre choix.");
            }

            options.Add(new SelectOption(label, value));
        }

        return options.Count switch
        {
            0 => ([], "Indiquez au moins un choix, un par ligne : valeur|libellé."),
            > MaxOptions => ([], $"Pas plus de {MaxOptions} choix."),
            _ => (options, null),
        };
    }
}
