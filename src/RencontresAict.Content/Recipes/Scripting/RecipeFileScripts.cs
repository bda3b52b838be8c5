using System.Text.RegularExpressions;

namespace RencontresAict.Content.Recipes.Scripting;

/// <summary>
/// The <c>file</c> script engine of Orchard recipes: <c>[file: text('Snippets/x.liquid')]</c> reads a text file and
/// <c>[file: base64('logo.png')]</c> a file as base64, relative to the recipe's folder. As in Orchard, a recipe in the
/// <c>Recipes</c> folder (so named, capital R) of a theme or module may reach the rest of that theme or module
/// (<c>../wwwroot/assets/img/a.jpg</c>), never above it; any other recipe stays within its own folder.
/// </summary>
public sealed partial class RecipeFileScripts(string recipeFolder)
{
    private readonly string _folder = Path.GetFullPath(recipeFolder);
    private readonly string _root = RootOf(Path.GetFullPath(recipeFolder));

    public string Evaluate(string script)
    {
        var match = FileCall().Match(script);
        if (!match.Success)
        {
            throw new RecipeScriptException($"'[file: {script.Trim()}]' is not text('path') or base64('path').");
        }

        var path = Resolve(match.Groups["path"].Value);
        if (!File.Exists(path))
        {
            throw new RecipeScriptException($"File '{match.Groups["path"].Value}' not found beside the recipe.");
        }

        return match.Groups["function"].Value == "text"
            ? File.ReadAllText(path)
            : Convert.ToBase64String(File.ReadAllBytes(path));
    }

    /// <summary>The full path of a file named relative to the recipe; refused when it would leave the recipe's root.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_folder, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new RecipeScriptException(_root == _folder
                ? $"'{relativePath}' is outside the recipe's folder."
                : $"'{relativePath}' is outside the recipe's theme or module folder ('{Path.GetFileName(_root)}').");
        }

        return full;
    }

    /// <summary>The theme's or module's folder for a recipe in its <c>Recipes</c> folder, else the recipe's own folder.</summary>
    private static string RootOf(string folder) =>
        string.Equals(Path.GetFileName(folder), "Recipes", StringComparison.Ordinal) && Path.GetDirectoryName(folder) is { Length: > 1 } parent
            ? parent
            : folder;

    [GeneratedRegex("""^\s*(?<function>text|base64)\(\s*(?<quote>['"])(?<path>.*)\k<quote>\s*\)\s*;?\s*$""", RegexOptions.Singleline)]
    private static partial Regex FileCall();
}
