using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RencontresAict.Tests.Forms;

/// <summary>A visitor with a cookie jar: opens the registration page, fills the form and posts it as a browser would.</summary>
public sealed partial class RegistrationVisitor(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    /// <summary>A complete, valid answer for the 13th edition's form.</summary>
    public static Dictionary<string, string[]> ValidAnswers(string email = "anne.dupre@example.org") => new()
    {
        ["Civility"] = ["madame"],
        ["FirstName"] = ["Anne"],
        ["LastName"] = ["Dupré"],
        ["Email"] = [email],
        ["Phone"] = ["+33 1 53 41 81 81"],
        ["OrganisationType"] = ["collectivite"],
        ["OrganisationName"] = ["Ville de Dijon"],
        ["Position"] = ["Chargée de mission"],
        ["Country"] = ["France"],
        ["Days"] = ["2022-06-20", "2022-06-21"],
        ["Formats"] = ["ateliers", "b2b"],
        ["Accessibility"] = [""],
        ["PrivacyConsent"] = ["true"],
    };

    public async Task<(HttpStatusCode Status, IHtmlDocument Document)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens /inscription (or <paramref name="path"/>) and returns the form's hidden inputs (antiforgery, one-time token, form location) and action.</summary>
    public async Task<(string Action, Dictionary<string, string> Hidden)> OpenFormAsync(string path = "/inscription")
    {
        var (status, document) = await GetAsync(path);
        var form = document.QuerySelector("form.form-content")
            ?? throw new InvalidOperationException($"No form on {path} ({(int)status}): {document.Body?.TextContent.Trim()}");
        var hidden = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        return (form.GetAttribute("action")!, hidden);
    }

    /// <summary>Opens the form and posts <paramref name="answers"/> with its hidden inputs; <paramref name="tweak"/> may change them.</summary>
    public async Task<HttpResponseMessage> RegisterAsync(Dictionary<string, string[]> answers, Action<Dictionary<string, string>>? tweak = null, string path = "/inscription")
    {
        var (action, hidden) = await OpenFormAsync(path);
        tweak?.Invoke(hidden);
        return await PostAsync(action, hidden, answers);
    }

    public async Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string> hidden, Dictionary<string, string[]> answers)
    {
        var pairs = hidden.Select(h => new KeyValuePair<string, string>(h.Key, h.Value))
            .Concat(answers.SelectMany(a => a.Value.Select(v => new KeyValuePair<string, string>(a.Key, v))));
        return await Client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(pairs));
    }

    /// <summary>
    /// Follows a link of an e-mail as a person does: opens its page (which changes nothing) and presses the page's
    /// button, posting the form's hidden inputs. Returns the answer to the post.
    /// </summary>
    public async Task<HttpResponseMessage> FollowAndPressAsync(string link)
    {
        var (status, page) = await GetAsync(link);
        var form = page.QuerySelector("form:not([role=search])")
            ?? throw new InvalidOperationException($"No button on {link} ({(int)status}): {page.Body?.TextContent.Trim()}");
        return await Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(
            form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))));
    }

    /// <summary>The path and query of the first link of <paramref name="mail"/> whose address contains <paramref name="contains"/>.</summary>
    public static string LinkIn(MimeKit.MimeMessage mail, string contains) =>
        new Uri(LinkPattern().Matches(mail.HtmlBody!).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(l => l.Contains(contains, StringComparison.Ordinal))).PathAndQuery;

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public void Dispose() => Client.Dispose();

    [System.Text.RegularExpressions.GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex LinkPattern();
}
