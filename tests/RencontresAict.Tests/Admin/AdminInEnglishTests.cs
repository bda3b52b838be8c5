using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Admin;

/// <summary>A staff member who picks English reads every admin page in English: found by walking the admin from its menu.</summary>
public sealed partial class AdminInEnglishTests
{
    /// <summary>
    /// French words of the admin's own texts (menus, labels, hints, toolbar, buttons), none of which the recipe's content
    /// shown in the admin uses (the French form's labels and the workflow's step titles are content: they stay French).
    /// </summary>
    private static readonly string[] FrenchTexts =
    [
        "Contenus", "Enregistrer", "Publier", "Supprimer", "Rechercher", "Déconnexion", "Modifier", "Aperçu", "Brouillon", "Général",
        "Mise en forme", "Gras", "Italique", "Intertitre", "Retirer le lien", "Adresse de la page", "Biographie",
        "Ouverture des inscriptions", "Capacité d'accueil", "Fuseau horaire", "Langue", "Réponses",
        "Historique du statut", "Inscriptions", "Types de contenu", "Utilisateurs", "Médias", "Nom affiché", "Aucun",
    ];

    private const int MaxPages = 150;

    [Fact]
    public async Task StaffWhoChoseEnglishFindNoFrenchUiTextOnAnyAdminPageReachedFromTheMenu()
    {
        await using var site = AdminSite.Start();
        using (var visitor = new RegistrationVisitor(site.CreateClient()))
        {
            await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("walk.en@example.org"), path: "/en/registration");
        }

        var client = await site.SignInAsync();
        await AdminSite.PostAsync(client, "/admin/culture", new() { ["culture"] = "en", ["returnUrl"] = "/admin" }, "/admin");

        var found = new List<string>();
        var visited = new List<string>();
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/admin"]);
        while (queue.Count > 0 && visited.Count < MaxPages)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            visited.Add(path);
            var page = await AdminSite.ParseAsync(response);
            var text = ShownText(page);
            found.AddRange(FrenchTexts.Where(f => text.Contains(f, StringComparison.Ordinal)).Select(f => $"{path}: « {f} »"));
            foreach (var link in page.QuerySelectorAll("a[href^='/admin']").Select(a => a.GetAttribute("href")!))
            {
                if (!Skipped(link) && shapes.Add(Shape(link)))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.Contains(visited, p => p.StartsWith("/admin/contents/Session/edit/", StringComparison.Ordinal));
        Assert.Contains(visited, p => p.StartsWith("/admin/registrations/", StringComparison.Ordinal) && !p.Contains("export", StringComparison.Ordinal));
        Assert.True(found.Count == 0, $"French on {visited.Count} English admin pages:\n{string.Join('\n', found)}");
    }

    /// <summary>
    /// What a reader meets of the admin's own words: the text, and the attributes that are read out or shown (labels,
    /// hints, confirmations, the toolbar's); not the content being edited (text areas, the options naming items).
    /// </summary>
    private static string ShownText(IHtmlDocument page)
    {
        foreach (var content in page.QuerySelectorAll("textarea, select option").ToList())
        {
            content.Remove();
        }

        return string.Join('\n', new[] { page.Body!.TextContent }.Concat(page.All.SelectMany(e => e.Attributes)
            .Where(a => a.Name is "aria-label" or "placeholder" or "title" or "data-confirm" or "data-toolbar-texts" or "data-toolbar-label")
            .Select(a => a.Value)));
    }

    /// <summary>Sign-out, files, actions, downloads, and previews (the public page of a French item, in the site's language).</summary>
    private static bool Skipped(string link) =>
        link.StartsWith("/admin/logout", StringComparison.Ordinal) || link.StartsWith("/admin/assets/", StringComparison.Ordinal)
        || link.Contains("handler=", StringComparison.Ordinal) || link.Contains("format=", StringComparison.Ordinal)
        || link.EndsWith("/preview", StringComparison.Ordinal);

    /// <summary>A link with its ids and query left out, so each kind of page is read once (one session's editor stands for all).</summary>
    private static string Shape(string link) => IdSegment().Replace(link.Split('?')[0], "/{id}");

    [GeneratedRegex(@"/(?=[^/]*\d)[^/]{8,}")]
    private static partial Regex IdSegment();
}
