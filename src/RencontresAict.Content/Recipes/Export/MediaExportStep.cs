using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Content.Recipes.Export;

/// <summary>
/// The export's <c>media</c> step: every file of the media folder the exported items reference — a MediaField's
/// <c>Paths</c>, or a <c>/media/…</c> address in any text (an HTML body, a link) — inlined as Orchard's media step
/// reads it, <c>{ "TargetPath": "photos/a.jpg", "Base64": "…" }</c>, so the recipe carries its images to a site that
/// has none of them. A referenced file the folder lacks, or a path leaving it, is left out.
/// </summary>
public static partial class MediaExportStep
{
    public static async Task<JsonObject?> BuildAsync(IEnumerable<ContentItem> items, string mediaRoot, CancellationToken cancellationToken = default)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Collect(item.Content, paths);
        }

        var root = Path.GetFullPath(mediaRoot);
        var files = new JsonArray();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                var bytes = await File.ReadAllBytesAsync(full, cancellationToken);
                files.Add(new JsonObject { ["TargetPath"] = path, ["Base64"] = Convert.ToBase64String(bytes) });
            }
        }

        return files.Count == 0 ? null : new JsonObject { ["name"] = "media", ["Files"] = files };
    }

    private static void Collect(JsonNode? node, SortedSet<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "Paths" && value is JsonArray mediaPaths)
                    {
                        foreach (var path in mediaPaths.Select(p => p?.ToString()).OfType<string>())
                        {
                            Add(path, paths);
                        }
                    }
                    else
                    {
                        Collect(value, paths);
                    }
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Collect(value, paths);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("/media/", StringComparison.Ordinal):
                foreach (Match match in MediaAddress().Matches(text))
                {
                    Add(Uri.UnescapeDataString(match.Groups[1].Value), paths);
                }

                break;
        }
    }

    private static void Add(string path, SortedSet<string> paths)
    {
        var relative = path.Replace('\\', '/').TrimStart('~').TrimStart('/');
        if (relative.StartsWith("media/", StringComparison.Ordinal))
        {
            relative = relative["media/".Length..];
        }

        if (relative.Length > 0 && !relative.Split('/').Contains(".."))
        {
            paths.Add(relative);
        }
    }

    [GeneratedRegex("""(?:^|[\s"'(=])~?/media/([^\s"'()<>?#]+)""")]
    private static partial Regex MediaAddress();
}
