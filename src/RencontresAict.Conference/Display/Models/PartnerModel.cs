using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Display.Models;

/// <summary>
/// A partner of an edition, with its role (organiser, institutional-partner, co-funder, venue) in French and the line
/// the list shows under its name (Mention: how a project is funded, for instance), and its logo (Partner.Logo).
/// </summary>
public sealed record PartnerModel(
    ContentItem Item, string Name, string Role, string RoleLabel, LinkModel? Website, string? Url, decimal Order, string? Mention, MediaModel? Logo = null);
