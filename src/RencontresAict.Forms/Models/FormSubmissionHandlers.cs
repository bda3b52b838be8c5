namespace RencontresAict.Forms.Models;

/// <summary>The handler that claims a form (<see cref="IFormSubmissionHandler"/>), or null for a plain form.</summary>
public sealed class FormSubmissionHandlers(IEnumerable<IFormSubmissionHandler> handlers)
{
    public IFormSubmissionHandler? For(FormDefinition form) => handlers.FirstOrDefault(h => h.Handles(form));

    /// <summary>Null while the form takes posts (always, for a plain form); else why not, in French.</summary>
    public async Task<string?> GetClosedReasonAsync(FormDefinition form) =>
        For(form) is { } handler ? await handler.GetClosedReasonAsync(form) : null;
}
