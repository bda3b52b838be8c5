using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;
using RencontresAict.Content.Setup;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// The whole site in memory, set up from the 13th edition's recipe in a folder of its own, on a clock the test moves.
/// Clients keep cookies and do not follow redirects, so tests see where the admin sends them.
/// </summary>
public sealed class AdminSite : IAsyncDisposable
{
    public const string AdminPassword = "Admin-tests-pass-1";
    public const string SessionId = "4a1ct130sess10n02206201430";

    private readonly WebApplicationFactory<Program> _factory;

    private AdminSite(WebApplicationFactory<Program> factory, string dataPath, FakeTimeProvider clock)
    {
        _factory = factory;
        DataPath = dataPath;
        Clock = clock;
    }

    public string DataPath { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="settings">Extra configuration, e.g. Admin:Accounts limits.</param>
    /// <param name="services">Replacements of the site's services (test doubles), applied last.</param>
    public static AdminSite Start(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "raict-tests", "admin-" + Guid.NewGuid().ToString("N"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 5, 2, 8, 0, 0, TimeSpan.Zero));
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Site:DataPath", dataPath);
            builder.UseSetting("Site:AdminPassword", AdminPassword);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(collection =>
            {
                collection.AddSingleton<TimeProvider>(clock);
                collection.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
                services?.Invoke(collection);
            });
        });
        var site = new AdminSite(factory, dataPath, clock);
        factory.CreateClient().Dispose();
        return site;
    }

    /// <param name="clientAddress">The IP address the site sees the client's requests come from (none by default).</param>
    public HttpClient CreateClient(string? clientAddress = null)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (clientAddress is not null)
        {
            client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, clientAddress);
        }

        return client;
    }

    public async Task<HttpClient> SignInAsync(string login = "admin", string password = AdminPassword, string? clientAddress = null)
    {
        var client = CreateClient(clientAddress);
        var response = await PostAsync(client, "/admin/login", new() { ["Login"] = login, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Adds a user with the given roles straight into the Users document.</summary>
    public async Task CreateUserAsync(string userName, string password, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = new UserRecord { UserId = "u-" + userName, UserName = userName, Email = userName + "@example.org", Roles = [.. roles], SecurityStamp = "s" };
        user.PasswordHash = new PasswordHasher<UserRecord>().HashPassword(user, password);
        await scope.ServiceProvider.GetRequiredService<UserStore>().SaveAsync(user);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await work(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DocumentSession>().SaveChangesAsync();
        return result;
    }

    /// <summary>The .eml files the outbox's dispatcher has delivered to the pickup folder, once there are <paramref name="count"/> of them.</summary>
    public async Task<string[]> WaitForMailAsync(int count = 1)
    {
        var folder = Path.Combine(DataPath, "mail");
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(20); waited += TimeSpan.FromMilliseconds(50))
        {
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
            if (files.Length >= count)
            {
                return files;
            }

            await Task.Delay(50);
        }

        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
    }

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Posts the fields, with the antiforgery token of the page at <paramref name="tokenPage"/> (the same path by default).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenPage = null)
    {
        var pagePath = tokenPage ?? path.Split('?')[0];
        var page = await GetPageAsync(client, pagePath);
        var token = TokenOfTheFormPostingTo(page, pagePath, path);
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The hidden and visible values of the editor form, as a browser would post them unchanged.</summary>
    /// <summary>
    /// The antiforgery token of the form that posts to <paramref name="path"/> (as a browser would send it), so a
    /// form rendered without its token fails here as it fails in a browser; a page with no such form (a test posting
    /// where no form leads) lends the token of its first form that is not the menu's sign-out or language switch.
    /// </summary>
    private static string TokenOfTheFormPostingTo(IHtmlDocument page, string pagePath, string path)
    {
        var target = path.Split('?')[0];
        var forms = page.QuerySelectorAll("form[method=post], form[method=POST]").ToList();
        var posting = forms.Where(f => (f.GetAttribute("action") is { Length: > 0 } action ? action.Split('?')[0] : pagePath) == target).ToList();
        if (posting.Count > 0)
        {
            var own = posting.Select(f => f.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")).FirstOrDefault(v => v is not null);
            Assert.True(own is not null, $"the form posting to {target} on {pagePath} carries no antiforgery token");
            return own!;
        }

        var lent = forms.Where(f => f.GetAttribute("action") is not ("/admin/logout" or "/admin/culture"))
            .Concat(forms)
            .Select(f => f.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value"))
            .FirstOrDefault(v => v is not null);
        return lent ?? throw new InvalidOperationException($"{pagePath} has no form with an antiforgery token");
    }

    public static Dictionary<string, string> FormValues(IHtmlDocument page)
    {
        var values = new Dictionary<string, string>();
        foreach (var input in page.QuerySelectorAll("form[enctype] input[name], form[enctype] textarea[name], form[enctype] select[name]"))
        {
            var name = input.GetAttribute("name")!;
            switch (input)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "file" }:
                    break;
                case IHtmlSelectElement select:
                    if (select.SelectedOptions.Length > 0 && select.SelectedOptions[0] is { } selected)
                    {
                        values[name] = selected.Value;
                    }

                    break;
                case IHtmlTextAreaElement area:
                    values[name] = area.Value;
                    break;
                case IHtmlInputElement element when name != "__RequestVerificationToken":
                    values[name] = element.Value;
                    break;
            }
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
