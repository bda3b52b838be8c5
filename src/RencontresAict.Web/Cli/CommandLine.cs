using RencontresAict.Content.Recipes;
using RencontresAict.Web.Cli.Editions;

namespace RencontresAict.Web.Cli;

/// <summary>
/// Runs a one-shot verb when the program is started with one (<c>import-recipe</c>, <c>export-recipe</c>,
/// <c>rebuild-index</c>, <c>new-edition</c>, <c>publish-edition</c>), before and instead of the web host. The verb gets the site's configuration sources
/// (appsettings, environment, <c>--Site:DataPath=...</c>), prints one line and returns its exit code: 0 on success,
/// non-zero with one clear line on standard error otherwise.
/// </summary>
public static class CommandLine
{
    /// <summary>The verb's exit code, or null when <paramref name="args"/> names no verb (the web host should start).</summary>
    public static async Task<int?> TryRunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        Action<IServiceCollection>? configureServices = null,
        CancellationToken cancellationToken = default)
    {
        ICliCommand[] commands =
        [
            new ImportRecipeCommand(), new ExportRecipeCommand(), new RebuildIndexCommand(), new NewEditionCommand(), new PublishEditionCommand(),
        ];
        var command = args.Length == 0 ? null : Array.Find(commands, c => c.Verb == args[0]);
        if (command is null)
        {
            return null;
        }

        var arguments = CliArguments.Parse(args[1..], command.Options, command.Flags);
        CliResult result;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. arguments.Configuration] });
            builder.Logging.ClearProviders();
            builder.Services.AddSiteModules();
            configureServices?.Invoke(builder.Services);
            using var host = builder.Build();
            result = await command.RunAsync(arguments, host.Services, cancellationToken);
        }
        catch (RecipeExecutionException e)
        {
            result = CliResult.Failure(e.Message);
        }
        catch (Exception e)
        {
            result = CliResult.Failure($"{command.Verb}: {OneLine(e.Message)}");
        }

        await (result.ExitCode == 0 ? output : error).WriteLineAsync(result.Line);
        return result.ExitCode;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
