using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Cluster;
using RencontresAict.Content.Recipes.Scripting;

namespace RencontresAict.Content.Recipes.Steps;

/// <summary>
/// The <c>media</c> step: each of <c>Files</c> is written to the media folder (<c>Media:Path</c>, by default <c>{Site:DataPath}/media</c>) at <c>{TargetPath or Path}</c> from
/// <c>Base64</c>, else <c>SourcePath</c> (a file beside the recipe), as Orchard prefers them. <c>SourceUrl</c> is
/// refused: the site imports offline, and a download would make a recipe's result depend on the network. Paths that
/// leave the media folder (or, for SourcePath, the recipe's folder) are refused; files are undone with the recipe.
/// </summary>
public sealed class MediaStepHandler(IOptions<SiteOptions> site, IOptions<MediaStorageOptions> media) : IRecipeStepHandler
{
    public string Name => "media";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var (key, value) = RecipeJson.Find(step, "Files");
        if (value is null)
        {
            return;
        }

        var filesPath = RecipeJson.PathOf(context.StepPath, key!);
        if (value is not JsonArray files)
        {
            throw new RecipeStepException(filesPath, "'Files' must be a JSON array.");
        }

        var root = media.Value.ResolveRoot(site.Value);
        for (var i = 0; i < files.Count; i++)
        {
            var path = RecipeJson.PathOf(filesPath, i);
            if (files[i] is not JsonObject file)
            {
                throw new RecipeStepException(path, "A media file must be a JSON object.");
            }

            var target = TargetOf(file, root, path);
            await using var content = Open(file, path, context);
            await context.Files.WriteAsync(target, content);
        }
    }

    private static string TargetOf(JsonObject file, string root, string path)
    {
        var (key, value) = RecipeJson.Find(file, "TargetPath");
        if (string.IsNullOrWhiteSpace(RecipeJson.AsString(value)))
        {
            (key, value) = RecipeJson.Find(file, "Path");
        }

        var target = RecipeJson.AsString(value);
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new RecipeStepException(path + ".TargetPath", "A media file needs a 'TargetPath'.");
        }

        var full = Path.GetFullPath(Path.Combine(root, target.TrimStart('/', '\\')));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new RecipeStepException(RecipeJson.PathOf(path, key!), $"'{target}' is outside the media folder.");
    }

    private static Stream Open(JsonObject file, string path, RecipeExecutionContext context)
    {
        var (base64Key, base64) = RecipeJson.Find(file, "Base64");
        if (RecipeJson.AsString(base64) is { } encoded && !string.IsNullOrWhiteSpace(encoded))
        {
            try
            {
                return new MemoryStream(Convert.FromBase64String(encoded));
            }
            catch (FormatException e)
            {
                throw new RecipeStepException(RecipeJson.PathOf(path, base64Key!), "'Base64' is not valid base64.", e);
            }
        }

        var (sourceKey, source) = RecipeJson.Find(file, "SourcePath");
        if (RecipeJson.AsString(source) is { } sourcePath && !string.IsNullOrWhiteSpace(sourcePath))
        {
            try
            {
                var full = context.Scripts.Files.Resolve(sourcePath);
                return File.Exists(full)
                    ? File.OpenRead(full)
                    : throw new RecipeScriptException($"File '{sourcePath}' not found beside the recipe.");
            }
            catch (RecipeScriptException e)
            {
                throw new RecipeStepException(RecipeJson.PathOf(path, sourceKey!), e.Message, e);
            }
        }

        var (urlKey, url) = RecipeJson.Find(file, "SourceUrl");
        if (!string.IsNullOrWhiteSpace(RecipeJson.AsString(url)))
        {
            throw new RecipeStepException(RecipeJson.PathOf(path, urlKey!),
                "Downloading media from a 'SourceUrl' is not supported: this site imports recipes offline. "
                + "Put the file beside the recipe ('SourcePath') or inline it ('Base64').");
        }

        throw new RecipeStepException(path, "A media file needs 'Base64' or 'SourcePath'.");
    }
}
