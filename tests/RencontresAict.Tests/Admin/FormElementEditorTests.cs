using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Models;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Admin;

/// <summary>The element editor of the registration form, over HTTP, with the public form at /inscription as the visitor sees it.</summary>
public sealed class FormElementEditorTests
{
    private const string ListPath = "/admin/forms/" + RegistrationSite.FormId + "/elements";
    private const string EditPath = ListPath + "/edit";
    private const string FirstHeadingId = "4a1ct130f0rmw1dget00200000";
    private const string PhoneId = "4a1ct130f0rmw1dget00700000";
    private const string OrganisationTypeId = "4a1ct130f0rmw1dget00900000";
    private const string AccessibilityId = "4a1ct130f0rmw1dget01600000";

    [Fact]
    public async Task AFieldAddedWithARuleReachesThePublicFormOnlyWhenPublishedAndThenRefusesABadAnswer()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        var fields = await VersionAsync(admin);
        fields["Label"] = "Code postal";
        fields["Name"] = "PostalCode";
        fields["InputType"] = "text";
        fields["Required"] = "true";
        fields["Pattern"] = "[0-9]{5}";
        fields["PatternMessage"] = "Indiquez un code postal à 5 chiffres.";

        var before = await AdminSite.GetPageAsync(admin, ListPath);
        var saved = await AdminSite.PostAsync(admin, EditPath + "?type=Input&handler=Save", fields, ListPath);
        var after = await AdminSite.GetPageAsync(admin, ListPath);
        var publicDraft = await PublicFormAsync(site);
        using var early = new RegistrationVisitor(site.CreateClient());
        var earlyAnswers = RegistrationVisitor.ValidAnswers("avant.publication@example.org");
        earlyAnswers["PostalCode"] = ["75A"];
        var acceptedBeforePublish = await early.RegisterAsync(earlyAnswers); // the live form, read (and kept) before the change
        var preview = await AdminSite.GetPageAsync(admin, "/admin/contents/Form/" + RegistrationSite.FormId + "/preview");
        var publish = await AdminSite.PostAsync(admin, ListPath + "?handler=Publish", await VersionAsync(admin), ListPath);
        var publicPublished = await PublicFormAsync(site);
        using var visitor = new RegistrationVisitor(site.CreateClient());
        var answers = RegistrationVisitor.ValidAnswers();
        answers["PostalCode"] = ["75A"];
        var refused = await visitor.RegisterAsync(answers);
        var refusedPage = await RegistrationVisitor.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null(before.QuerySelector("#not-stored"));
        Assert.Contains("Code postal (PostalCode)", after.QuerySelector("#not-stored")!.TextContent, StringComparison.Ordinal);
        Assert.Null(publicDraft.QuerySelector("#champ-PostalCode"));
        Assert.Equal(HttpStatusCode.Redirect, acceptedBeforePublish.StatusCode);
        Assert.NotNull(preview.QuerySelector("#champ-PostalCode"));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.NotNull(publicPublished.QuerySelector("#champ-PostalCode"));
        Assert.Contains("Code postal", publicPublished.QuerySelector("label[for=champ-PostalCode]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("Indiquez un code postal à 5 chiffres.", refusedPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReorderingRelabellingAnOptionRetitlingAHeadingAndRemovingAnOptionalFieldShowOnThePublicFormAfterPublish()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();

        var up = await AdminSite.PostAsync(admin, ListPath + "?handler=Up", With(await VersionAsync(admin), PhoneId), ListPath);
        var removed = await AdminSite.PostAsync(admin, ListPath + "?handler=Remove", With(await VersionAsync(admin), AccessibilityId), ListPath);
        var select = AdminSite.FormValues(await AdminSite.GetPageAsync(admin, EditPath + "?element=" + OrganisationTypeId));
        select["Options"] = select["Options"].Replace("autre|Autre", "autre|Autre organisation", StringComparison.Ordinal);
        var relabelled = await AdminSite.PostAsync(admin, EditPath + "?element=" + OrganisationTypeId + "&handler=Save", select, ListPath);
        var heading = AdminSite.FormValues(await AdminSite.GetPageAsync(admin, EditPath + "?element=" + FirstHeadingId));
        heading["Text"] = "Vous-même";
        var retitled = await AdminSite.PostAsync(admin, EditPath + "?element=" + FirstHeadingId + "&handler=Save", heading, ListPath);
        var draft = await PublicFormAsync(site);
        await AdminSite.PostAsync(admin, ListPath + "?handler=Publish", await VersionAsync(admin), ListPath);
        var published = await PublicFormAsync(site);
        var names = FieldOrder(published);

        Assert.All(new[] { up, removed, relabelled, retitled }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.NotNull(draft.QuerySelector("#champ-Accessibility"));
        Assert.True(names.IndexOf("Phone") == names.IndexOf("Email") - 1, string.Join(", ", names));
        Assert.DoesNotContain("Accessibility", names);
        Assert.Contains("Vous-même", published.QuerySelector("form.form-content")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(published.QuerySelectorAll("#champ-OrganisationType option"), o => o.TextContent == "Autre organisation" && o.GetAttribute("value") == "autre");
    }

    [Fact]
    public async Task AnInvalidPatternAndADuplicateNameAreRefusedBesideTheirFieldsAndNothingIsSaved()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        var fields = await VersionAsync(admin);
        fields["Label"] = "Deuxième e-mail";
        fields["Name"] = "email";
        fields["InputType"] = "email";
        fields["Pattern"] = "([a-z]+";

        var response = await AdminSite.PostAsync(admin, EditPath + "?type=Input&handler=Save", fields, ListPath);
        var page = await AdminSite.ParseAsync(response);
        var latest = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(RegistrationSite.FormId, VersionOptions.Latest));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("est déjà celui de l'élément « Adresse e-mail »", page.QuerySelector("#f_Name_error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("n'est pas valide", page.QuerySelector("#f_Pattern_error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Deuxième e-mail", page.QuerySelector("#f_Label")!.GetAttribute("value"));
        Assert.True(latest!.Published);
        Assert.DoesNotContain(FormDefinition.From(latest).Elements, e => e.Label == "Deuxième e-mail");
    }

    [Fact]
    public async Task RenamingAFieldThePublishedFormUsesNeedsAConfirmationAndTheRegistrationEmailIsNeverRenamed()
    {
        await using var site = AdminSite.Start();
        var admin = await site.SignInAsync();
        var phone = AdminSite.FormValues(await AdminSite.GetPageAsync(admin, EditPath + "?element=" + PhoneId));
        phone["Name"] = "Telephone";
        var email = AdminSite.FormValues(await AdminSite.GetPageAsync(admin, EditPath + "?element=4a1ct130f0rmw1dget00600000"));
        email["Name"] = "Courriel";
        email["ConfirmRename"] = "true";

        var unconfirmed = await AdminSite.ParseAsync(await AdminSite.PostAsync(admin, EditPath + "?element=" + PhoneId + "&handler=Save", phone, ListPath));
        var emailRefused = await AdminSite.ParseAsync(await AdminSite.PostAsync(admin, EditPath + "?element=4a1ct130f0rmw1dget00600000&handler=Save", email, ListPath));
        phone["ConfirmRename"] = "true";
        var confirmed = await AdminSite.PostAsync(admin, EditPath + "?element=" + PhoneId + "&handler=Save", phone, ListPath);

        Assert.Contains("Je confirme le renommage", unconfirmed.QuerySelector("#f_Name_error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ne peut pas être renommé", emailRefused.QuerySelector("#f_Name_error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task AChangeMadeFromAPageSomeoneElseHasOutdatedIsRefusedAndNothingIsOverwritten()
    {
        await using var site = AdminSite.Start();
        var first = await site.SignInAsync();
        var second = await site.SignInAsync();
        var firstVersion = await VersionAsync(first);
        var secondVersion = await VersionAsync(second);

        await AdminSite.PostAsync(first, ListPath + "?handler=Up", With(firstVersion, PhoneId), ListPath);
        var refused = await AdminSite.PostAsync(second, ListPath + "?handler=Remove", With(secondVersion, AccessibilityId), ListPath);
        var page = await AdminSite.ParseAsync(refused);
        var latest = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(RegistrationSite.FormId, VersionOptions.Latest));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Rien n'a été enregistré", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(FormDefinition.From(latest!).Elements, e => e.Name == "Accessibility");
        Assert.Contains(FormDefinition.From(latest!).Elements, e => e.Name == "Phone");
    }

    [Fact]
    public async Task AnAuthorWithoutTheRightToEditTheFormCannotOpenOrChangeItsElements()
    {
        await using var site = AdminSite.Start();
        await site.CreateUserAsync("autrice", "Autrice-pass-1", "Author");
        var author = await site.SignInAsync("autrice", "Autrice-pass-1");

        var list = await author.GetAsync(new Uri(ListPath, UriKind.Relative));
        var remove = await AdminSite.PostAsync(author, ListPath + "?handler=Remove", new() { ["Element"] = AccessibilityId }, "/admin");
        var latest = await site.InScopeAsync(sp => sp.GetRequiredService<ContentManager>().GetAsync(RegistrationSite.FormId, VersionOptions.Latest));

        Assert.Equal("/admin/denied", list.Headers.Location!.AbsolutePath);
        Assert.Equal("/admin/denied", remove.Headers.Location!.AbsolutePath);
        Assert.Contains(FormDefinition.From(latest!).Elements, e => e.Name == "Accessibility");
    }

    /// <summary>The version fields of the elements page, as each of its forms posts them.</summary>
    private static async Task<Dictionary<string, string>> VersionAsync(HttpClient client)
    {
        var page = await AdminSite.GetPageAsync(client, ListPath);
        return new Dictionary<string, string>
        {
            ["VersionId"] = page.QuerySelector("input[name=VersionId]")!.GetAttribute("value")!,
            ["Stamp"] = page.QuerySelector("input[name=Stamp]")!.GetAttribute("value")!,
        };
    }

    private static Dictionary<string, string> With(Dictionary<string, string> version, string elementId) =>
        new(version) { ["Element"] = elementId };

    private static async Task<IHtmlDocument> PublicFormAsync(AdminSite site)
    {
        using var client = site.CreateClient();
        return await AdminSite.GetPageAsync(client, "/inscription");
    }

    /// <summary>The posted names of the public form's fields, in the order visitors meet them.</summary>
    private static List<string> FieldOrder(IHtmlDocument page) =>
        page.QuerySelectorAll("form.form-content [name]").Select(e => e.GetAttribute("name")!)
            .Where(n => !n.StartsWith("__", StringComparison.Ordinal)).Distinct().ToList();
}
