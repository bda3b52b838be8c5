namespace RencontresAict.Forms.Http;

/// <summary>A post's one-time token was recorded by another request while this one ran: this post must store nothing.</summary>
public sealed class DuplicateSubmissionException(string token) : Exception($"The form post with token '{token}' was already accepted.");
