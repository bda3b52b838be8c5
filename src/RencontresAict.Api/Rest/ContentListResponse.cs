using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Api.Rest;

/// <summary>A page of GET /api/content: the items (Orchard JSON) and the paging that produced them.</summary>
public sealed record ContentListResponse(IReadOnlyList<ContentItem> Items, int Skip, int Take);
