using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RencontresAict.Tests.Fixtures;

namespace RencontresAict.Tests.Forms;

/// <summary>
/// Orchard's coming-soon form (its workflow runs ValidateReCaptchaTask) on a site whose reCAPTCHA provider is a
/// fake siteverify endpoint on a loopback port: only a token the provider accepts lets the post through.
/// </summary>
public sealed class ReCaptchaTests
{
    private const string Secret = "secret-de-test";
    private const string HumanToken = "jeton-humain";

    private static readonly string _comingSoon = Path.Combine(AppContext.BaseDirectory, "OrchardRecipes", "comingsoon", "Recipes", "comingsoon.recipe.json");

    [Fact]
    public async Task APostGoesOnOnlyWithATokenTheProviderAcceptsAndIsRefusedWhenTheProviderCannotBeAsked()
    {
        await using var provider = await StartFakeProviderAsync();
        var verifyUrl = provider.Urls.First() + "/siteverify";
        await using var site = await SiteFactory.StartAsync(new Dictionary<string, string?>
        {
            ["Site:SetupRecipe"] = _comingSoon, ["ReCaptcha:SiteKey"] = "cle-publique", ["ReCaptcha:SecretKey"] = Secret, ["ReCaptcha:VerifyUrl"] = verifyUrl,
        });
        using var visitor = new RegistrationVisitor(site.CreateClient(new() { AllowAutoRedirect = false }));

        using var home = await visitor.Client.GetAsync(new Uri("/", UriKind.Relative));
        var page = await RegistrationVisitor.ParseAsync(home);
        using var accepted = await PostAsync(visitor, "lea.martin@example.org", HumanToken);
        using var rejected = await PostAsync(visitor, "paul.roux@example.org", "jeton-de-robot");
        await provider.StopAsync();
        using var unreachable = await PostAsync(visitor, "ines.bernard@example.org", HumanToken);

        Assert.Equal("cle-publique", page.QuerySelector("form.form-content .g-recaptcha")?.GetAttribute("data-sitekey"));
        Assert.Equal("https://www.google.com/recaptcha/api.js", page.QuerySelector("form.form-content script")?.GetAttribute("src"));
        Assert.Contains("script-src 'self' https://www.google.com https://www.gstatic.com;", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Thank you. A confirmation email has been sent.", await MainTextAsync(accepted), StringComparison.Ordinal);
        foreach (var refused in new[] { rejected, unreachable })
        {
            var text = await MainTextAsync(refused);
            Assert.Contains("La vérification anti-robot a échoué", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Thank you.", text, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(RegistrationVisitor visitor, string email, string token)
    {
        var (action, hidden) = await visitor.OpenFormAsync("/");
        return await visitor.PostAsync(action, hidden, new() { ["Email"] = [email], ["g-recaptcha-response"] = [token] });
    }

    private static async Task<string> MainTextAsync(HttpResponseMessage response) =>
        (await RegistrationVisitor.ParseAsync(response)).QuerySelector("main")?.TextContent ?? "";

    /// <summary>A siteverify endpoint on a random loopback port: success only for this site's secret and the human token.</summary>
    private static async Task<WebApplication> StartFakeProviderAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/siteverify", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return Results.Json(new { success = form["secret"] == Secret && form["response"] == HumanToken });
        });
        await app.StartAsync();
        return app;
    }
}
