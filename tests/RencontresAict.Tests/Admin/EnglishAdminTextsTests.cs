namespace RencontresAict.Tests.Admin;

/// <summary>Staff who pick English read the latest admin screens in English: dashboard, lists, editor, preview, settings.</summary>
public sealed class EnglishAdminTextsTests
{
    [Fact]
    public async Task StaffWhoChoseEnglishReadTheDashboardListsEditorPreviewAndIdentityPageInEnglish()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        var editPath = "/admin/contents/Session/edit/" + AdminSite.SessionId;
        await AdminSite.PostAsync(client, "/admin/culture", new() { ["culture"] = "en", ["returnUrl"] = "/admin" }, "/admin");

        var dashboard = await AdminSite.GetPageAsync(client, "/admin");
        var sessions = await AdminSite.GetPageAsync(client, "/admin/contents/Session?Filter.Q=Points+pays&Filter.Sort=date");
        var editor = await AdminSite.GetPageAsync(client, editPath);
        var preview = await AdminSite.GetPageAsync(client, editor.QuerySelector("#preview-link")!.GetAttribute("href")!);
        var identity = await AdminSite.GetPageAsync(client, "/admin/settings/identity");

        Assert.Contains("Recent changes", dashboard.QuerySelectorAll(".panel h2").Select(h => h.TextContent));
        Assert.Contains("Next publications", dashboard.QuerySelectorAll(".panel h2").Select(h => h.TextContent));
        Assert.Equal(["Title", "Day", "Time", "Room", "Format", "Status", "Modified on", "By"], sessions.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("2 items", sessions.QuerySelector("p[role=status]:not(.notice)")!.TextContent);
        Assert.Equal("Some changes are not saved.", editor.QuerySelector("form[data-unsaved-warning]")!.GetAttribute("data-unsaved-warning"));
        Assert.Equal("Type to search…", editor.QuerySelector("select[data-picker]")!.GetAttribute("data-placeholder"));
        Assert.Contains("(new tab)", editor.QuerySelector("#preview-link")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("preview", preview.QuerySelector(".admin-preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("aperçu", preview.QuerySelector(".admin-preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Site identity", identity.QuerySelector("h1")!.TextContent);
        Assert.Equal("Site description", identity.QuerySelector("label[for=f_Description]")!.TextContent.Trim());
    }
}
