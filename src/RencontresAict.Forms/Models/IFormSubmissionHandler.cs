namespace RencontresAict.Forms.Models;

/// <summary>
/// A module that processes some forms' posts (the conference's registration) tells the generic Forms module what it
/// needs, as Orchard's form activities do: when such a form is closed (its fields are replaced by the reason, a post is
/// refused), where a post caught by the honeypot is sent, which answers it keeps and which fields it reads by name.
/// Register with <c>services.AddScoped&lt;IFormSubmissionHandler, X&gt;()</c>; a form no handler claims is a plain form.
/// </summary>
public interface IFormSubmissionHandler
{
    /// <summary>Whether this handler processes the form's posts.</summary>
    bool Handles(FormDefinition form);

    /// <summary>Null while the form takes posts; else why not, in French.</summary>
    Task<string?> GetClosedReasonAsync(FormDefinition form);

    /// <summary>The page an accepted post ends on, shown to a post caught by the honeypot too; null: the generic thanks.</summary>
    string? GetThankYouPath(FormDefinition form);

    /// <summary>The names of the fields whose answers are kept; the element editor lists the form's other fields.</summary>
    Task<IReadOnlySet<string>> GetStoredFieldNamesAsync(FormDefinition form);

    /// <summary>The fields this handler reads by name: they can be neither renamed nor removed.</summary>
    IReadOnlyList<RequiredFormField> RequiredFields { get; }
}
