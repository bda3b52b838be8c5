namespace RencontresAict.Workflows.Http;

/// <summary>
/// What the page of a signal link says: before (a title, a sentence, the button's words) and once the link has served
/// (<see cref="UsedTitle"/>, <see cref="UsedText"/>, answered with <see cref="UsedStatusCode"/>), and the language the
/// page speaks (<see cref="Culture"/>: the person's, "en"; null: the request's).
/// </summary>
public sealed record SignalLinkDescription(string Title, string Text, string Button, string UsedTitle, string UsedText, int UsedStatusCode, string? Culture = null);
