using Microsoft.AspNetCore.Http;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Admin.Editing;

/// <summary>A posted editor form and the errors found while reading it (keyed like the engine's).</summary>
public sealed class EditorForm(IFormCollection form)
{
    public List<ContentValidationError> Errors { get; } = [];

    public string Get(string key) => form[key].ToString();

    public IReadOnlyList<string> GetAll(string key) => form[key].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();

    public bool Has(string key) => form.ContainsKey(key);

    public IFormFile? File(string key) => form.Files.GetFile(key);

    public void Fail(string key, string message) => Errors.Add(new ContentValidationError(key, message));
}
