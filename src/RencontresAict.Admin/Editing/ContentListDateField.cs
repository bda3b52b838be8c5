namespace RencontresAict.Admin.Editing;

/// <summary>A DateTimeField (<paramref name="Part"/>.<paramref name="Field"/>) a content list filters by day and sorts by; <paramref name="Label"/> names the day filter.</summary>
public sealed record ContentListDateField(string Part, string Field, string Label);
