using RencontresAict.Tests.Fixtures;
using RencontresAict.Web.Cli;

namespace RencontresAict.Tests.Cli;

/// <summary>The program's verbs, run in-process through their dispatcher on a data folder of their own.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", "cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task WithoutAVerbTheWebHostStarts()
    {
        var (exitCode, _, _) = await RunAsync("--urls", "http://localhost:5999");

        Assert.Null(exitCode);
    }

    [Fact]
    public async Task ImportRecipeOnAnEmptyDataFolderSetsTheSiteUpWithItsAdministratorAndPrintsOneLine()
    {
        var (exitCode, output, error) = await RunAsync("import-recipe", RecipeFiles.MiniConference, $"--Site:DataPath={_dataPath}",
            "--Site:AdminPassword=Cli-tests-pass-1");

        Assert.Equal(0, exitCode);
        Assert.Equal($"Imported {RecipeFiles.MiniConference}: 6 steps, 10 content items; the data folder was empty, so the site was set up with it "
            + "and its administrator 'admin' created (its password from Site:AdminPassword).", output);
        var (_, again, _) = await RunAsync("import-recipe", RecipeFiles.MiniConference, $"--Site:DataPath={_dataPath}");
        Assert.Equal($"Imported {RecipeFiles.MiniConference}: 6 steps, 10 content items.", again);
        Assert.Equal("", error);
        Assert.True(File.Exists(Path.Combine(_dataPath, "site.db")));
        Assert.True(File.Exists(Path.Combine(_dataPath, "media", "editions", "13", "programme.txt")));
    }

    [Fact]
    public async Task ImportingARecipeTellsASiteRunningOnTheSameDataFolderThatPublicContentChanged()
    {
        var stamp = Path.Combine(_dataPath, "public-changes.stamp");
        await RunAsync("import-recipe", RecipeFiles.MiniConference, $"--Site:DataPath={_dataPath}");
        var first = await File.ReadAllTextAsync(stamp);

        await RunAsync("import-recipe", RecipeFiles.MiniConference, $"--Site:DataPath={_dataPath}");

        Assert.NotEqual(first, await File.ReadAllTextAsync(stamp));
    }

    [Fact]
    public async Task ABadRecipeExitsNonZeroWithOneLineNamingFileStepAndPath()
    {
        Directory.CreateDirectory(_dataPath);
        var recipe = Path.Combine(_dataPath, "bad.recipe.json");
        await File.WriteAllTextAsync(recipe, """{ "steps": [ { "name": "Content", "data": [ { "ContentType": "Session" } ] } ] }""");

        var (exitCode, output, error) = await RunAsync("import-recipe", recipe, "--Site:DataPath", _dataPath);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"{recipe}: step 0 (Content): $.steps[0].data[0].ContentItemId: The content item is missing a 'ContentItemId'.", error);
    }

    [Fact]
    public async Task AMissingFileIsOneClearLine()
    {
        var (exitCode, _, error) = await RunAsync("import-recipe", "nowhere.recipe.json", $"--Site:DataPath={_dataPath}");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("nowhere.recipe.json: cannot read the recipe:", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public async Task ExportRecipeWritesTheSiteOrOneEdition()
    {
        await RunAsync("import-recipe", RecipeFiles.MiniConference, $"--Site:DataPath={_dataPath}");
        var all = Path.Combine(_dataPath, "exports", "all.recipe.json");
        var one = Path.Combine(_dataPath, "exports", "13.recipe.json");

        var whole = await RunAsync("export-recipe", all, $"--Site:DataPath={_dataPath}");
        var edition = await RunAsync("export-recipe", one, "--edition", "13", $"--Site:DataPath={_dataPath}");

        Assert.Equal((0, $"Exported 10 content items and 6 content types to {all}."), (whole.ExitCode, whole.Output));
        Assert.Equal((0, $"Exported edition 13: 8 content items and 6 content types to {one}."), (edition.ExitCode, edition.Output));
        Assert.True(File.Exists(one));
    }

    [Fact]
    public async Task ExportingAnUnknownEditionFails()
    {
        var (exitCode, _, error) = await RunAsync("export-recipe", Path.Combine(_dataPath, "x.json"), "--edition=99", $"--Site:DataPath={_dataPath}");

        Assert.Equal(1, exitCode);
        Assert.Equal("export-recipe: No Edition item has the number 99.", error);
    }

    [Fact]
    public async Task AVerbWithoutItsFileShowsItsUsage()
    {
        var (exitCode, _, error) = await RunAsync("export-recipe", $"--Site:DataPath={_dataPath}");

        Assert.Equal(1, exitCode);
        Assert.Equal("usage: export-recipe <file> [--edition N]", error);
    }

    [Fact]
    public async Task RebuildIndexRebuildsTheIndexTheRecipeDefinedAndPrintsOneLine()
    {
        await RunAsync("import-recipe", RecipeFiles.Rencontres13, $"--Site:DataPath={_dataPath}");

        var (exitCode, output, error) = await RunAsync("rebuild-index", $"--Site:DataPath={_dataPath}");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^Rebuilt 2 indexes \(Search: 23, SearchEn: 23\): 46 documents in \d+\.\d s\.$", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task RebuildIndexOnASiteWithoutIndexFailsWithOneLine()
    {
        var (exitCode, output, error) = await RunAsync("rebuild-index", $"--Site:DataPath={_dataPath}");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal("No Lucene index is defined: run a recipe with a lucene-index step first.", error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private static async Task<(int? ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLine.TryRunAsync(args, output, error);
        return (exitCode, output.ToString().TrimEnd('\n'), error.ToString().TrimEnd('\n'));
    }
}
