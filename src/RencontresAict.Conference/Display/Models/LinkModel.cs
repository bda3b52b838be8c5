namespace RencontresAict.Conference.Display.Models;

/// <summary>A LinkField as templates show it: the address and the words of the link (the address when none).</summary>
public sealed record LinkModel(string Url, string Text);
