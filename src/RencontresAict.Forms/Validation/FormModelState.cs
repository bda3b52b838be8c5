using Microsoft.AspNetCore.Http;
using RencontresAict.Forms.Models;

namespace RencontresAict.Forms.Validation;

/// <summary>
/// What one post brought and what is wrong with it (Orchard's ModelState for forms): the values as typed, kept to
/// show the form again, and the French error messages by field name ("" for the form as a whole). One per request.
/// </summary>
public sealed class FormModelState
{
    private readonly Dictionary<string, string[]> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>The form being posted, when the post came through the form's own endpoint or names it.</summary>
    public FormDefinition? Form { get; set; }

    public bool IsBound { get; private set; }

    /// <summary>Set once the form's element rules have run, so they run once per post.</summary>
    public bool IsValidated { get; set; }

    public bool IsValid => _errors.Count == 0;

    public int ErrorCount => _errors.Values.Sum(e => e.Count);

    public void Bind(IFormCollection form)
    {
        foreach (var (key, values) in form)
        {
            _values[key] = values.Select(v => v ?? "").ToArray();
        }

        IsBound = true;
    }

    public IReadOnlyList<string> GetValues(string name) => _values.TryGetValue(name, out var values) ? values : [];

    public string? GetValue(string name) => _values.TryGetValue(name, out var values) && values.Length > 0 ? values[0] : null;

    public void AddError(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var list))
        {
            list = [];
            _errors[key] = list;
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    public IReadOnlyList<string> GetErrors(string key) => _errors.TryGetValue(key, out var list) ? list : [];

    public IEnumerable<KeyValuePair<string, List<string>>> Errors => _errors;
}
