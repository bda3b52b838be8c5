using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Tests.Fixtures;

/// <summary>Recipes for tests: the shipped test recipes, the repository's recipes, and recipes written on the fly.</summary>
public static class RecipeFiles
{
    /// <summary>Two editions of a small conference, with drafts, a taxonomy, settings and a media file.</summary>
    public static string MiniConference { get; } = Path.Combine(AppContext.BaseDirectory, "Recipes", "Data", "mini-conference.recipe.json");

    /// <summary>The 13th edition's recipe at the repository root (present once it is written).</summary>
    public static string Rencontres13 { get; } = Path.Combine(RepositoryRoot(), "recipes", "rencontres-aict-13.recipe.json");

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RencontresAict.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("RencontresAict.sln not found above the test assembly.");
    }

    /// <summary>Writes a recipe into the host's folder and returns its path.</summary>
    public static async Task<string> WriteAsync(ContentEngineHost host, string json, string name = "test")
    {
        var folder = Path.Combine(host.DataPath, "recipes");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".recipe.json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }

    public static async Task<RecipeExecutionResult> RunAsync(ContentEngineHost host, string json, IReadOnlyDictionary<string, string?>? parameters = null) =>
        await host.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(await WriteAsync(host, json), parameters);

    public static Task<RecipeExecutionResult> RunFileAsync(ContentEngineHost host, string path) =>
        host.Services.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(path);

    /// <summary>Every row of the Document table, to show that a failed recipe left the store as it was.</summary>
    public static Task<List<StoredDocument>> DocumentsAsync(ContentEngineHost host) =>
        host.InScopeAsync(async sp => (await sp.GetRequiredService<DocumentSession>()
            .QueryAsync<StoredDocument>("SELECT Id, Type, Content, Version FROM Document ORDER BY Id")).ToList());
}
