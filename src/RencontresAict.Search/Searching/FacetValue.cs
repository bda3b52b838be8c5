namespace RencontresAict.Search.Searching;

/// <summary>One value of a facet: what to put in the URL, what to show, how many results it would give, whether it is chosen.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);
