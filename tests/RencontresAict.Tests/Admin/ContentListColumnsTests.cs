using AngleSharp.Dom;

namespace RencontresAict.Tests.Admin;

/// <summary>
/// The admin's lists tell items apart: sessions with day, start–end, room, format and the date of a publication to
/// come, filtered by day and sorted by start; speakers with their sessions count; partners with their category; counts
/// written as French writes them.
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed class ContentListColumnsTests
{
    private const string Edition13 = "4a1ct130ed1t0n000000000013";

    [Fact]
    public async Task ListsShowWhenWhereAndHowManySoThatItemsWithTheSameTitleDiffer()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var editPath = "/admin/contents/Session/edit/" + AdminSite.SessionId;
        var form = AdminSite.FormValues(await AdminSite.GetPageAsync(client, editPath));
        form["PublishAt"] = "2022-06-01T09:30";
        await AdminSite.PostAsync(client, editPath + "?handler=Schedule", form, editPath);

        var points = await AdminSite.GetPageAsync(client, "/admin/contents/Session?Filter.Q=Points+pays&Filter.Sort=date");
        var rows = points.QuerySelectorAll("tbody tr").Select(Cells).ToList();
        var headers = points.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();

        Assert.Equal(["Titre", "Jour", "Horaire", "Salle", "Format", "Statut", "Modifié le", "Par"], headers);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Points pays", "Lundi 20 juin 2022", "14 h 30 – 16 h 00"], rows[0].Take(3));
        Assert.Equal(["Points pays", "Lundi 20 juin 2022", "16 h 30 – 18 h 00"], rows[1].Take(3));
        Assert.Contains("Publication prévue le 01/06/2022 09:30", rows[0][5], StringComparison.Ordinal);
        Assert.DoesNotContain("Publication prévue", rows[1][5], StringComparison.Ordinal);
        Assert.Equal("2 contenus", points.QuerySelector("p[role=status]:not(.notice)")!.TextContent);

        var tuesday = await AdminSite.GetPageAsync(client, $"/admin/contents/Session?Filter.Edition={Edition13}&Filter.Day=2022-06-21&Filter.Culture=fr-FR&Filter.Sort=date");
        var tuesdayRows = tuesday.QuerySelectorAll("tbody tr").Select(Cells).ToList();
        Assert.Equal(["2022-06-20", "2022-06-21"], tuesday.QuerySelectorAll("#day option[value]:not([value=''])").Select(o => o.GetAttribute("value")));
        Assert.Equal(7, tuesdayRows.Count);
        Assert.All(tuesdayRows, r => Assert.Equal("Mardi 21 juin 2022", r[1]));
        Assert.Equal(["8 h 30", "9 h 00", "9 h 30", "11 h 30", "13 h 00", "14 h 30", "16 h 00"], tuesdayRows.Select(r => r[2].Split(' ')[0] + " h " + r[2].Split(' ')[2]));

        var bothLanguages = await AdminSite.GetPageAsync(client, $"/admin/contents/Session?Filter.Day=2022-06-21&Filter.Sort=date");
        Assert.Equal(14, bothLanguages.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(7, bothLanguages.QuerySelectorAll("tbody tr .badge.language").Count(b => b.TextContent == "anglais"));

        var none = await AdminSite.GetPageAsync(client, "/admin/contents/Session?Filter.Q=introuvable");
        Assert.Equal("aucun contenu", none.QuerySelector("p[role=status]:not(.notice)")!.TextContent);

        var speakers = await AdminSite.GetPageAsync(client, "/admin/contents/Speaker?Filter.Q=Rebsamen&Filter.Culture=fr-FR");
        var rebsamen = Cells(Assert.Single(speakers.QuerySelectorAll("tbody tr")));
        Assert.Equal("1 contenu", speakers.QuerySelector("p[role=status]:not(.notice)")!.TextContent);
        Assert.Equal(["Titre", "Organisation", "Sessions"], speakers.QuerySelectorAll("thead th").Take(3).Select(th => th.TextContent.Trim()));
        Assert.Matches(@"^(aucune session|1 session|\d+ sessions)$", rebsamen[2]);

        var partners = await AdminSite.GetPageAsync(client, "/admin/contents/Partner?Filter.Sort=title");
        var categories = partners.QuerySelectorAll("tbody tr").Select(r => Cells(r)[1]).ToList();
        Assert.Contains("Organisateur", categories);
        Assert.Contains("Partenaire institutionnel", categories);
    }

    private static List<string> Cells(IElement row) => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
}
