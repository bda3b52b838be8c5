using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Registrations;

/// <summary>One column of an export: its header and how to read a registration's value (text, or an instant for dates).</summary>
public sealed record RegistrationExportColumn(string Header, Func<ContentItem, string> Text, Func<ContentItem, DateTime?>? Instant = null);
