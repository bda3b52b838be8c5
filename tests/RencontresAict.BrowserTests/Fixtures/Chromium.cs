using Microsoft.Playwright;

namespace RencontresAict.BrowserTests.Fixtures;

/// <summary>Debian's Chromium driven by Playwright, headless, without `playwright install`.</summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>
    /// How long a step may wait for the page it expects: long enough for a site's first answers on a loaded 2-core
    /// machine (a registration's first post compiles its whole path; Playwright's 30 s ran out once at load 60), while
    /// every step still waits for the event it means, never for time.
    /// </summary>
    public const float StepTimeoutMilliseconds = 90_000;

    public IBrowser Browser { get; }

    /// <summary>A page of its own context, with the step timeout.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        page.SetDefaultTimeout(StepTimeoutMilliseconds);
        page.SetDefaultNavigationTimeout(StepTimeoutMilliseconds);
        return page;
    }

    /// <summary>A browser context (cookies of its own) whose pages have the step timeout.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync();
        context.SetDefaultTimeout(StepTimeoutMilliseconds);
        context.SetDefaultNavigationTimeout(StepTimeoutMilliseconds);
        return context;
    }

    public static async Task<Chromium> LaunchAsync()
    {
        Assertions.SetDefaultExpectTimeout(StepTimeoutMilliseconds); // Playwright's own setting for Expect(…), 5 s by default
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        return new Chromium(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
