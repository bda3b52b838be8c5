namespace RencontresAict.Conference.Display.Models;

/// <summary>
/// The first image of a MediaField: its URL under /media (for <c>resize_url</c>) and the alt text staff gave it (empty
/// when none: the name shown beside the image already says who or what it is).
/// </summary>
public sealed record MediaModel(string Url, string Alt);
