using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Recipes;
using RencontresAict.Content.Settings;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Recipes;

/// <summary>Scripted values, observed through a Settings step that stores them under the "Probe" property.</summary>
[Trait("Dates", "ServerZone")]
public sealed class RecipeScriptTests
{
    [Fact]
    public async Task UuidGivesAnOrchardIdSharedThroughAVariable()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var probe = await ProbeAsync(host, """{ "a": "[js: variables('id')]", "b": "[js: variables('id')]", "c": "[js: uuid()]" }""",
            variables: """{ "id": "[js: uuid()]" }""");

        var id = probe["a"]!.GetValue<string>();
        Assert.True(IdGenerator.IsValid(id), id);
        Assert.Equal(id, probe["b"]!.GetValue<string>());
        Assert.NotEqual(id, probe["c"]!.GetValue<string>());
    }

    [Fact]
    public async Task VariablesAreEvaluatedOnFirstUseAndCachedAcrossSteps()
    {
        await using var host = await ContentEngineHost.StartAsync();

        await RecipeFiles.RunAsync(host, """
            { "variables": { "id": "[js: uuid()]", "neverUsed": "[js: variables('undefinedName')]" },
              "steps": [ { "name": "Settings", "First": { "v": "[js: variables('id')]" } },
                         { "name": "Settings", "Second": { "v": "[js: variables('id')]" } } ] }
            """);

        var site = await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync());
        Assert.Equal(site.Properties["First"]!["v"]!.GetValue<string>(), site.Properties["Second"]!["v"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUndefinedVariableFailsTheRecipeNamingIt()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            ProbeAsync(host, """{ "a": "[js: variables('editionId')]" }"""));

        Assert.Contains("step 0 (Settings): $.steps[0].Probe.a:", error.Message, StringComparison.Ordinal);
        Assert.Contains("The variable 'editionId' was used in the recipe but not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAWholeStringIsAnExpression()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var probe = await ProbeAsync(host, """
            { "partial": "Hello [js: 1]", "spaced": "  [js: 1 + 1]  ", "brackets": "[not a script]", "digits": "[12: 3]" }
            """);

        Assert.Equal("Hello [js: 1]", probe["partial"]!.GetValue<string>());
        Assert.Equal("2", probe["spaced"]!.GetValue<string>());
        Assert.Equal("[not a script]", probe["brackets"]!.GetValue<string>());
        Assert.Equal("[12: 3]", probe["digits"]!.GetValue<string>());
    }

    [Fact]
    public async Task AResultThatIsAgainAnExpressionIsEvaluatedAgain()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var probe = await ProbeAsync(host, """{ "nested": "[js: '[js: 20 + 1]']", "viaVariable": "[js: variables('indirect')]" }""",
            variables: """{ "indirect": "[js: '[js: \"deux\"]']" }""");

        Assert.Equal("21", probe["nested"]!.GetValue<string>());
        Assert.Equal("deux", probe["viaVariable"]!.GetValue<string>());
    }

    [Fact]
    public async Task ResultsAreStoredAsStrings()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var probe = await ProbeAsync(host, """{ "number": "[js: 6 * 7]", "flag": "[js: 1 < 2]", "nothing": "[js: null]", "list": "[js: [1, 'a']]" }""");

        Assert.Equal("42", probe["number"]!.GetValue<string>());
        Assert.Equal("true", probe["flag"]!.GetValue<string>());
        Assert.Equal("", probe["nothing"]!.GetValue<string>());
        Assert.Equal("""[1,"a"]""", probe["list"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConfigurationAndParametersAreReadable()
    {
        await using var host = await ContentEngineHost.StartAsync(services => AddSettings(services, ("OrchardCore_Admin:AdminUrlPrefix", "gestion")));

        var probe = await ProbeAsync(host, """
            { "prefix": "[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]",
              "fallback": "[js: configuration('Missing:Key', 'par défaut')]",
              "author": "[js: parameters('AdminUsername')]", "absent": "[js: parameters('Nope')]" }
            """, parameters: new Dictionary<string, string?> { ["AdminUsername"] = "marie" });

        Assert.Equal("gestion", probe["prefix"]!.GetValue<string>());
        Assert.Equal("par défaut", probe["fallback"]!.GetValue<string>());
        Assert.Equal("marie", probe["author"]!.GetValue<string>());
        Assert.Equal("", probe["absent"]!.GetValue<string>());
    }

    [Fact]
    public async Task DecodersTurnBase64HtmlAndGzipIntoText()
    {
        await using var host = await ContentEngineHost.StartAsync();
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("Rencontres à Paris"));
        using var zipped = new MemoryStream();
        await using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes("programme compressé"));
        }

        var probe = await ProbeAsync(host, $$"""
            { "b": "[js: base64('{{base64}}')]", "h": "[js: html('&lt;p&gt;caf&eacute;&lt;/p&gt;')]",
              "g": "[js: gzip('{{Convert.ToBase64String(zipped.ToArray())}}')]" }
            """);

        Assert.Equal("Rencontres à Paris", probe["b"]!.GetValue<string>());
        Assert.Equal("<p>café</p>", probe["h"]!.GetValue<string>());
        Assert.Equal("programme compressé", probe["g"]!.GetValue<string>());
    }

    [Fact]
    public async Task FileTextIsReadBesideTheRecipeButNeverOutsideIt()
    {
        await using var host = await ContentEngineHost.StartAsync();
        Directory.CreateDirectory(Path.Combine(host.DataPath, "recipes", "Snippets"));
        await File.WriteAllTextAsync(Path.Combine(host.DataPath, "recipes", "Snippets", "hello.liquid"), "Bonjour {{ Model }}");
        await File.WriteAllTextAsync(Path.Combine(host.DataPath, "secret.txt"), "secret");

        var probe = await ProbeAsync(host, """{ "t": "[file: text('Snippets/hello.liquid')]" }""");
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => ProbeAsync(host, """{ "t": "[file: text('../secret.txt')]" }"""));

        Assert.Equal("Bonjour {{ Model }}", probe["t"]!.GetValue<string>());
        Assert.Contains("$.steps[0].Probe.t: '../secret.txt' is outside the recipe's folder.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScriptThatRunsTooLongIsStopped()
    {
        await using var host = await ContentEngineHost.StartAsync();

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => ProbeAsync(host, """{ "loop": "[js: while (true) {}]" }"""));

        Assert.Contains("$.steps[0].Probe.loop: [js: while (true) {}] failed", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Adds configuration values on top of the host's own (its data folder among them).</summary>
    private static void AddSettings(IServiceCollection services, params (string Key, string Value)[] values)
    {
        var existing = (IConfiguration)services.Last(d => d.ServiceType == typeof(IConfiguration)).ImplementationInstance!;
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddConfiguration(existing)
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)))
            .Build());
    }

    private static async Task<JsonObject> ProbeAsync(
        ContentEngineHost host, string probe, string variables = "{}", IReadOnlyDictionary<string, string?>? parameters = null)
    {
        await RecipeFiles.RunAsync(host, $$"""{ "variables": {{variables}}, "steps": [ { "name": "Settings", "Probe": {{probe}} } ] }""", parameters);
        var site = await host.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsService>().GetAsync());
        return (JsonObject)site.Properties["Probe"]!;
    }
}
