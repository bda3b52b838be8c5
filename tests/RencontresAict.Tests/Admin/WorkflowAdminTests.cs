using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Recipes.Export;
using RencontresAict.Tests.Forms;
using RencontresAict.Tests.Workflows;
using RencontresAict.Workflows.Models;
using RencontresAict.Workflows.Services;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Admin;

public sealed class WorkflowAdminTests
{
    private const string RegistrationTypeId = "4a1ct130wf1nscr1pt10n00001";
    private const string TypePath = "/admin/workflows/" + RegistrationTypeId;

    [Fact]
    public async Task TheRecipesRegistrationWorkflowIsListedWithItsActivitiesAndTransitions()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();

        var list = await AdminSite.GetPageAsync(client, "/admin/workflows");
        var page = await AdminSite.GetPageAsync(client, TypePath);

        var type = (await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().GetAsync(RegistrationTypeId)))!;
        Assert.Contains(list.QuerySelectorAll("tbody a"), a => a.TextContent == "Inscription aux Rencontres" && a.GetAttribute("href") == TypePath);
        var tables = page.QuerySelectorAll("table");
        var activities = tables[0].QuerySelectorAll("tbody tr");
        var transitions = tables[1].QuerySelectorAll("tbody tr");
        Assert.Equal(type.Activities.Count, activities.Length);
        Assert.Equal(type.Transitions.Count, transitions.Length);
        var ask = activities.Single(r => r.QuerySelector("th")!.TextContent == "E-mail : confirmez votre inscription");
        Assert.Contains("Confirmez votre inscription aux Rencontres de l'AICT", ask.TextContent, StringComparison.Ordinal);
        var thanks = activities.Single(r => r.QuerySelector("th")!.TextContent == "Page de remerciement");
        Assert.Contains("/inscription/merci", thanks.TextContent, StringComparison.Ordinal);
        Assert.Contains("Départ", activities[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(activities, r => r.QuerySelector("th")!.TextContent == "Lien de confirmation suivi" && r.TextContent.Contains("Bloquante", StringComparison.Ordinal));
        Assert.Contains(transitions, r => r.Children[0].TextContent == "E-mail : confirmez votre inscription"
            && r.Children[1].TextContent == "Done" && r.Children[2].TextContent == "Page de remerciement");
    }

    [Fact]
    public async Task StaffWhoChoseEnglishReadTheWorkflowPagesInEnglish()
    {
        await using var site = AdminSite.Start();
        var client = await site.SignInAsync();
        await AdminSite.PostAsync(client, "/admin/culture", new() { ["culture"] = "en", ["returnUrl"] = TypePath }, TypePath);

        var page = await AdminSite.GetPageAsync(client, TypePath);
        var outbox = await AdminSite.GetPageAsync(client, "/admin/outbox");

        Assert.Equal(["Activities", "Transitions"], page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal("Disable : Inscription aux Rencontres", page.QuerySelector("dl.summary button")!.TextContent.Trim());
        Assert.Contains("Event: a signed link (signal) is followed", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("E-mail outbox", outbox.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("nav.admin-menu a"), a => a.TextContent == "Workflow types");
    }

    [Fact]
    public async Task DisablingTheRegistrationWorkflowStopsTheFormFromRegisteringIsExportedAndEnablingRestoresIt()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        using var visitor = new RegistrationVisitor(site.CreateClient());

        var disabled = await AdminSite.PostAsync(admin, "/admin/workflows?handler=SetEnabled", new() { ["id"] = RegistrationTypeId, ["enabled"] = "false" }, "/admin/workflows");
        var refused = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("refusee@example.org"));
        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().GetAsync(RegistrationTypeId));
        var instancesWhileDisabled = await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().ListAsync(RegistrationTypeId));
        var export = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync());
        var enabled = await AdminSite.PostAsync(admin, "/admin/workflows?handler=SetEnabled", new() { ["id"] = RegistrationTypeId, ["enabled"] = "true", ["returnUrl"] = TypePath }, TypePath);
        var accepted = await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers("acceptee@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False(stored!.IsEnabled);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("Formulaire indisponible", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(instancesWhileDisabled);
        var exported = ((JsonArray)export.Recipe["steps"]!).Single(step => (string?)step!["name"] == "WorkflowType")!["data"]!.AsArray()
            .Single(type => (string?)type!["WorkflowTypeId"] == RegistrationTypeId)!;
        Assert.False(exported["IsEnabled"]!.GetValue<bool>());
        Assert.Equal(TypePath, enabled.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/inscription/merci", accepted.Headers.Location!.OriginalString);
        Assert.Single(await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().ListAsync(RegistrationTypeId)));
    }

    [Fact]
    public async Task AConfirmationLinkWaitsWhileTheWorkflowIsDisabledAndWorksOnceItIsEnabledAgain()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        using var visitor = new RegistrationVisitor(site.CreateClient());
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());
        var mail = MimeKit.MimeMessage.Load(Assert.Single(await site.WaitForMailAsync()));
        var link = new Uri(WebUtility.HtmlDecode(Regex.Match(mail.HtmlBody!, "href=\"([^\"]*/workflows/signal[^\"]*)\"").Groups[1].Value));
        await AdminSite.PostAsync(admin, "/admin/workflows?handler=SetEnabled", new() { ["id"] = RegistrationTypeId, ["enabled"] = "false" }, "/admin/workflows");

        var suspended = await visitor.Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
        var pressedWhileDisabled = await visitor.Client.PostAsync(new Uri(link.PathAndQuery, UriKind.Relative), null);
        var whileDisabled = Assert.Single(await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().ListAsync(RegistrationTypeId)));
        await AdminSite.PostAsync(admin, "/admin/workflows?handler=SetEnabled", new() { ["id"] = RegistrationTypeId, ["enabled"] = "true" }, "/admin/workflows");
        var confirmed = await visitor.FollowAndPressAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, suspended.StatusCode);
        Assert.Contains("Démarche suspendue", await suspended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pressedWhileDisabled.StatusCode);
        Assert.Equal(WorkflowStatus.Halted, whileDisabled.Status);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/inscription/confirmee", confirmed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ARegistrationsInstanceShowsItsJournalAndWhatItWaitsOn()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        using var visitor = new RegistrationVisitor(site.CreateClient());
        await visitor.RegisterAsync(RegistrationVisitor.ValidAnswers());

        var list = await AdminSite.GetPageAsync(admin, TypePath + "/instances?status=Halted");
        var link = Assert.Single(list.QuerySelectorAll("tbody tr a"));
        var page = await AdminSite.GetPageAsync(admin, link.GetAttribute("href")!);

        Assert.Contains("En attente", list.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        var journal = page.QuerySelector("table[aria-labelledby=journal]")!.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(journal, line => line.Contains("Lire les réponses", StringComparison.Ordinal) && line.Contains("Done", StringComparison.Ordinal));
        Assert.Contains(journal, line => line.Contains("E-mail : confirmez votre inscription", StringComparison.Ordinal));
        Assert.Contains("Lien de confirmation suivi", page.QuerySelector("dl.summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Anne", page.QuerySelector("#properties + div")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFaultedInstanceShowsItsMessageEscapedAndRetryFinishesItOnceTheScriptIsFixed()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        var broken = new WorkflowJson("Relance des partenaires", "4a1ct130wfadm1nretry000001")
            .Start("start", "SignalEvent", new { Signal = Expr("go") })
            .Activity("prepare", "ScriptTask", new { Script = Expr("throw new Error('Adresse <b>manquante</b>');") })
            .Activity("note", "SetPropertyTask", new { PropertyName = "Relancé", Value = Expr("'oui'") })
            .Transition("start", "Done", "prepare").Transition("prepare", "Done", "note");
        await ImportAsync(site, broken.ToJson());
        var run = await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowManager>().TriggerEventAsync("SignalEvent", new Dictionary<string, object?> { ["Signal"] = "go" }));
        var path = "/admin/workflows/instance/" + Assert.Single(run).WorkflowId;

        var faultedPage = await AdminSite.GetPageAsync(admin, path);
        var stillBroken = await AdminSite.PostAsync(admin, path + "?handler=Retry", [], path);
        var afterFailedRetry = await InstanceAsync(site, run[0].WorkflowId);
        var fixedJson = broken.ToJson();
        fixedJson["Activities"]![1]!["Properties"]!["Script"] = new JsonObject { ["Expression"] = "setOutcome('Done');" };
        await ImportAsync(site, fixedJson);
        var retried = await AdminSite.PostAsync(admin, path + "?handler=Retry", [], path);
        var finishedPage = await AdminSite.GetPageAsync(admin, path);
        var finished = await InstanceAsync(site, run[0].WorkflowId);

        var message = faultedPage.QuerySelector(".fault-message")!;
        Assert.Contains("Adresse <b>manquante</b>", message.TextContent, StringComparison.Ordinal);
        Assert.Null(message.QuerySelector("b"));
        Assert.Equal(HttpStatusCode.Redirect, stillBroken.StatusCode);
        Assert.Equal(WorkflowStatus.Faulted, afterFailedRetry.Status);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Null(finished.FaultMessage);
        Assert.Equal("oui", finished.State.Properties["Relancé"]!.GetValue<string>());
        Assert.Equal(["start", "prepare", "prepare", "prepare", "prepare", "prepare", "note"], finished.State.ExecutedActivities.Select(e => e.ActivityId));
        Assert.Equal(["admin", "admin"], finished.State.ExecutedActivities.Where(e => e.RetriedBy is not null).Select(e => e.RetriedBy));
        Assert.Null(finishedPage.QuerySelector(".fault-message"));
        Assert.Contains("Relancée par admin", finishedPage.QuerySelector("table[aria-labelledby=journal]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Terminée", finishedPage.QuerySelector("dl.summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task StaffWithoutManageWorkflowsCannotSeeOrChangeWorkflows(string role)
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("membre", "Membre-pass-1", role);
        var client = await site.SignInAsync("membre", "Membre-pass-1");

        var list = await client.GetAsync(new Uri("/admin/workflows", UriKind.Relative));
        var type = await client.GetAsync(new Uri(TypePath, UriKind.Relative));
        var disable = await AdminSite.PostAsync(client, "/admin/workflows?handler=SetEnabled", new() { ["id"] = RegistrationTypeId, ["enabled"] = "false" }, "/admin");
        var menu = await AdminSite.GetPageAsync(client, "/admin");

        Assert.Equal("/admin/denied", list.Headers.Location!.AbsolutePath);
        Assert.Equal("/admin/denied", type.Headers.Location!.AbsolutePath);
        Assert.Equal("/admin/denied", disable.Headers.Location!.AbsolutePath);
        Assert.True((await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().GetAsync(RegistrationTypeId)))!.IsEnabled);
        Assert.Null(menu.QuerySelector("nav a[href='/admin/workflows']"));
    }

    private static Task<bool> ImportAsync(AdminSite site, JsonObject type) => site.InScopeAsync(async sp =>
    {
        await ImportStepAsync(sp, new JsonObject { ["name"] = "WorkflowType", ["data"] = new JsonArray(type) });
        return true;
    });

    private static async Task<WorkflowInstance> InstanceAsync(AdminSite site, string workflowId) =>
        (await site.InScopeAsync(sp => sp.GetRequiredService<WorkflowStore>().GetAsync(workflowId)))!;
}
