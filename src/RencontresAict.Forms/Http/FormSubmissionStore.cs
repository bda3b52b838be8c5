using RencontresAict.Content.Documents;

namespace RencontresAict.Forms.Http;

/// <summary>The one-time token of each accepted form post (FormSubmissionIndex): a double click or the back button is one post.</summary>
public sealed class FormSubmissionStore(DocumentSession session)
{
    /// <summary>Whether a post with this one-time token was already accepted (a double click, or the back button).</summary>
    public async Task<bool> IsSubmittedAsync(string token) =>
        await session.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM FormSubmissionIndex WHERE Token = @token", new { token }) > 0;

    /// <summary>
    /// Records a post's one-time token as the last write of the post's transaction, so the token does not take the write
    /// turn before the workflow needs it. When a concurrent post with the same token was accepted meanwhile, saving
    /// throws <see cref="DuplicateSubmissionException"/> and nothing of this post is stored.
    /// </summary>
    public void RecordSubmissionOnSave(string token, string formId, DateTimeOffset now) =>
        session.BeforeCommit(async () =>
        {
            var recorded = await session.ExecuteAsync(
                "INSERT INTO FormSubmissionIndex (Token, FormContentItemId, CreatedUtc) VALUES (@token, @formId, @now) ON CONFLICT (Token) DO NOTHING",
                new { token, formId, now = now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
            if (recorded == 0)
            {
                throw new DuplicateSubmissionException(token);
            }
        });
}
