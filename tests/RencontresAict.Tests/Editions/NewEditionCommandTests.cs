using System.Text.Json.Nodes;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Editions;

/// <summary><c>new-edition</c> and <c>publish-edition</c> on a data folder set up from the 13th edition's recipe, without a running site.</summary>
public sealed class NewEditionCommandTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", "editions-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task BadInputIsOneClearLineAndANonZeroExitAndStoresNothing()
    {
        await EditionCli.RunAsync("import-recipe", RecipeFiles.Rencontres13, $"--Site:DataPath={_dataPath}");
        var before = await EditionCli.StoredRowsAsync(_dataPath);

        string[][] refused =
        [
            ["--from", "99", "--number", "14", "--start", "2023-06-19"],
            ["--from", "13", "--number", "13", "--start", "2023-06-19"],
            ["--from", "13", "--number", "14", "--start", "2023-02-30"],
            ["--from", "13", "--number", "14", "--start", "2023-06-19", "--end", "2023-06-18"],
            ["--from", "13", "--number", "14", "--start", "2022-09-05"],
        ];
        var lines = new List<string>();
        foreach (var args in refused)
        {
            var (exitCode, output, error) = await EditionCli.RunAsync(["new-edition", .. args, $"--Site:DataPath={_dataPath}"]);
            Assert.True(exitCode == 1 && output == "" && !error.Contains('\n', StringComparison.Ordinal), $"{string.Join(' ', args)}: {exitCode} {output} {error}");
            lines.Add(error);
        }

        var unpublishable = await EditionCli.RunAsync("publish-edition", "14", "--current", $"--Site:DataPath={_dataPath}");

        Assert.Equal(
        [
            "new-edition: No edition has the number 99.",
            "new-edition: Edition 13 already exists.",
            "new-edition: --start needs a date (YYYY-MM-DD), not '2023-02-30'.",
            "new-edition: The end (2023-06-18) is before the start (2023-06-19).",
            "new-edition: The year 2022 is already used by edition 13 (Rencontres de l'AICT 2022 — 13e édition).",
        ], lines);
        Assert.Equal((1, "publish-edition: No edition has the number 14."), (unpublishable.ExitCode, unpublishable.Error));
        Assert.Equal(before, await EditionCli.StoredRowsAsync(_dataPath));
    }

    [Fact]
    public async Task TheNewEditionExportedAndImportedIntoAnEmptySiteIsTheSameEdition()
    {
        await EditionCli.RunAsync("import-recipe", RecipeFiles.Rencontres13, $"--Site:DataPath={_dataPath}");

        var created = await EditionCli.RunAsync("new-edition", "--from", "13", "--number", "14", "--start", "2023-06-19", $"--Site:DataPath={_dataPath}");
        var again = await EditionCli.RunAsync("new-edition", "--from", "13", "--number", "14", "--start", "2024-06-17", $"--Site:DataPath={_dataPath}");
        var exported = Path.Combine(_dataPath, "exports", "14.recipe.json");
        var export = await EditionCli.RunAsync("export-recipe", exported, "--edition", "14", $"--Site:DataPath={_dataPath}");
        var emptySite = Path.Combine(_dataPath, "empty");
        var import = await EditionCli.RunAsync("import-recipe", exported, $"--Site:DataPath={emptySite}");
        var reexported = Path.Combine(_dataPath, "exports", "14-again.recipe.json");
        await EditionCli.RunAsync("export-recipe", reexported, "--edition", "14", $"--Site:DataPath={emptySite}");

        Assert.Equal(
            (0, "Created edition 14 \"Rencontres de l'AICT 2023 — 14e édition\" (/2023) from edition 13 as drafts, with 6 pages and its registration form and workflow, and 8 translations; publish it with: publish-edition 14 --current"),
            (created.ExitCode, created.Output));
        Assert.Equal((1, "new-edition: Edition 14 already exists."), (again.ExitCode, again.Error));
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        var items = ContentOf(exported);
        Assert.Equal(items.ToJsonString(), ContentOf(reexported).ToJsonString());
        var paths = items.Select(i => JsonPaths(i)).Where(p => p.StartsWith("2023", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["2023", "2023/confidentialite", "2023/inscription", "2023/inscription/annulee", "2023/inscription/confirmee", "2023/inscription/liste-attente",
             "2023/inscription/merci", "2023/mentions-legales"],
            paths);
        Assert.All(items.Where(i => JsonPaths(i).StartsWith("2023", StringComparison.Ordinal)), i => Assert.False((bool)i!["Published"]!));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private static JsonArray ContentOf(string recipe) =>
        (JsonArray)JsonNode.Parse(File.ReadAllText(recipe))!["steps"]!.AsArray().First(s => (string?)s!["name"] == "Content")!["data"]!;

    private static string JsonPaths(JsonNode? item) => (string?)item?["AutoroutePart"]?["Path"] ?? "";
}
