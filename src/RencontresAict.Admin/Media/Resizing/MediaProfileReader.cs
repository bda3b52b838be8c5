using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes.Steps;

namespace RencontresAict.Admin.Media.Resizing;

/// <summary>
/// The media profiles the <c>MediaProfiles</c> step stored (Orchard's JSON: <c>{ name: { Width, Height, Mode, Format,
/// Quality } }</c>, Mode as Orchard's ResizeMode number or name) and the sizes a resized URL may ask for: the
/// configured <see cref="MediaOptions.SupportedSizes"/> and each profile's own. Any other size is served unresized, as
/// Orchard does, so that no one can fill the disk with a copy per pixel width.
/// </summary>
public sealed class MediaProfileReader(DocumentSession session, IOptions<MediaOptions> options)
{
    private JsonObject? _profiles;

    public async Task<MediaResizeRequest?> FindAsync(string name) =>
        (await LoadAsync())[name] is JsonObject profile
            ? new MediaResizeRequest(
                Positive(profile, "Width"), Positive(profile, "Height"),
                MediaResizeRequest.ParseMode(JsonPaths.Get(profile, "Mode")?.ToString()),
                Positive(profile, "Quality") is { } q ? Math.Min(q, 100) : null,
                FormatName(JsonPaths.Get(profile, "Format")?.ToString()))
            : null;

    public async Task<bool> IsAllowedAsync(MediaResizeRequest request)
    {
        var sizes = options.Value.SupportedSizes.ToHashSet();
        foreach (var (_, profile) in await LoadAsync())
        {
            if (profile is JsonObject p)
            {
                sizes.UnionWith(new[] { Positive(p, "Width"), Positive(p, "Height") }.OfType<int>());
            }
        }

        return (request.Width is null || sizes.Contains(request.Width.Value)) && (request.Height is null || sizes.Contains(request.Height.Value));
    }

    private async Task<JsonObject> LoadAsync() =>
        _profiles ??= await KeyedStepDocument.LoadAsync(session, MediaProfilesStepHandler.DocumentType);

    private static int? Positive(JsonObject profile, string name) =>
        JsonPaths.GetDecimal(profile, name) is { } value && value > 0 && value <= int.MaxValue ? (int)value : null;

    /// <summary>Orchard's Format: 0 Undefined, 3 Jpg, 4 Png, 6 WebP, or those names; others (Bmp, Gif, Tga) keep the source's.</summary>
    private static string? FormatName(string? format) => format?.ToLowerInvariant() switch
    {
        "3" or "jpg" or "jpeg" => "jpg",
        "4" or "png" => "png",
        "6" or "webp" => "webp",
        _ => null,
    };
}
