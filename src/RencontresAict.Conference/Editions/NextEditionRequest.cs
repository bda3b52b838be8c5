namespace RencontresAict.Conference.Editions;

/// <summary>What « Préparer l'édition suivante » and <c>new-edition</c> are given: the edition to copy, and the new one's number and days.</summary>
/// <param name="FromNumber">The number of the edition copied.</param>
/// <param name="Number">The new edition's number.</param>
/// <param name="Start">The new edition's first day (in the edition's time zone).</param>
/// <param name="End">Its last day; none: as many days after <paramref name="Start"/> as the copied edition had.</param>
/// <param name="Author">Who asks: the staff's user name, or the command line.</param>
public sealed record NextEditionRequest(int FromNumber, int Number, DateOnly Start, DateOnly? End, string Author);
