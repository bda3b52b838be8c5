namespace RencontresAict.Conference.Editions;

/// <summary>
/// A request about editions that cannot be done (unknown edition, number or year already used, end before start):
/// <see cref="Exception.Message"/> is the one English line for the command line, <see cref="French"/> the admin's.
/// Thrown before anything is written.
/// </summary>
public sealed class EditionRequestException(string english, string french) : Exception(english)
{
    public string French { get; } = french;
}
