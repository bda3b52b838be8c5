using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Recipes;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Services;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

public sealed class WorkflowTypeStepTests
{
    private const string OrchardRecipeStep = """
        {
          "name": "WorkflowType",
          "data": [ {
            "WorkflowTypeId": "4rsq2mwk9ek0z8yj2a5q4c3t1v", "Name": "Contact", "IsEnabled": true, "IsSingleton": false,
            "LockTimeout": 0, "LockExpiration": 0, "DeleteFinishedWorkflows": false,
            "Activities": [
              { "ActivityId": "4kk1rkh7m5dsdbmjnrfqbp2yk3", "Name": "HttpRequestEvent", "X": 0, "Y": 0, "IsStart": true,
                "Properties": { "ActivityMetadata": { "Title": "Posted" }, "HttpMethod": "POST",
                  "Url": "/workflows/Invoke?token=CfDJ8forged", "ValidateAntiforgeryToken": true, "TokenLifeSpan": 0 } },
              { "ActivityId": "4t2x3a1t2bmn7n0gsynhs3k9sb", "Name": "JoinTask", "X": 300, "Y": 0, "IsStart": false,
                "Properties": { "ActivityMetadata": { "Title": null }, "Mode": "WaitAll" } },
              { "ActivityId": "4ajcp6yr6nt5f0vwm4qw8qh4ve", "Name": "EmailTask", "X": 600, "Y": 0, "IsStart": false,
                "Properties": { "ActivityMetadata": { "Title": "Mail" }, "Subject": { "Expression": "Contact Form submitted by {{ Request.Form.Name }}!" },
                  "Recipients": { "Expression": "staff@example.org" }, "Body": { "Expression": "{{ Request.Form.Message }}" }, "IsHtmlBody": true } }
            ],
            "Transitions": [
              { "Id": 0, "SourceActivityId": "4kk1rkh7m5dsdbmjnrfqbp2yk3", "SourceOutcomeName": "Done", "DestinationActivityId": "4t2x3a1t2bmn7n0gsynhs3k9sb" },
              { "Id": 0, "SourceActivityId": "4t2x3a1t2bmn7n0gsynhs3k9sb", "SourceOutcomeName": "Joined", "DestinationActivityId": "4ajcp6yr6nt5f0vwm4qw8qh4ve" }
            ] } ]
        }
        """;

    [Fact]
    public async Task OrchardWorkflowTypeImportsWithAWorkingUrlForThisSite()
    {
        await using var host = await WorkflowsTestHost.StartAsync();

        await host.InScopeAsync(sp => ImportStepAsync(sp, JsonNode.Parse(OrchardRecipeStep)!.AsObject()));

        var type = (await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().GetAsync("4rsq2mwk9ek0z8yj2a5q4c3t1v")))!;
        Assert.Equal(3, type.Activities.Count);
        Assert.Equal("Mail", type.Activities[2].Title);
        Assert.Equal("JoinTask", type.Activities[1].Title);
        var url = type.Activities[0].Properties["Url"]!.GetValue<string>();
        Assert.StartsWith("/workflows/Invoke?token=", url);
        var tokens = host.Services.GetRequiredService<WorkflowTokenService>();
        Assert.Equal(TokenResult.Valid, tokens.TryReadToken<WorkflowPayload>(url["/workflows/Invoke?token=".Length..], out var payload));
        Assert.Equal("4kk1rkh7m5dsdbmjnrfqbp2yk3", payload!.ActivityId);
        Assert.Equal("Contact Form submitted by {{ Request.Form.Name }}!", type.Activities[2].Properties["Subject"]!["Expression"]!.GetValue<string>());
    }

    [Fact]
    public async Task ImportingAnExistingIdReplacesTheTypeWholeAndKeepsItsWorkingUrl()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var first = await new WorkflowJson("Inscription")
            .Start("post", "HttpRequestEvent", new { HttpMethod = "POST", Url = "", ValidateAntiforgeryToken = true, TokenLifeSpan = 0 })
            .Activity("a", "SetPropertyTask", new { PropertyName = "A", Value = Expr("1") })
            .Transition("post", "Done", "a")
            .ImportAsync(host);
        var url = first.Activities[0].Properties["Url"]!.GetValue<string>();

        var second = new WorkflowJson("Inscription v2", first.WorkflowTypeId)
            .Start("post", "HttpRequestEvent", new { HttpMethod = "POST", Url = url, ValidateAntiforgeryToken = true, TokenLifeSpan = 0 });
        var replaced = await second.ImportAsync(host);

        Assert.Equal("Inscription v2", replaced.Name);
        Assert.Single(replaced.Activities);
        Assert.Empty(replaced.Transitions);
        Assert.Equal(url, replaced.Activities[0].Properties["Url"]!.GetValue<string>());
        Assert.Single(await host.InScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().ListAsync()));
    }

    [Fact]
    public async Task UnknownActivityIsRefusedWithItsJsonPath()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var json = new WorkflowJson("Broken").Start("s", "SignalEvent").Activity("x", "NoSuchTask");

        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => json.ImportAsync(host));

        Assert.Equal("workflow.recipe.json: step 0 (WorkflowType): $.steps[0].data[0].Activities[1].Name: unknown activity 'NoSuchTask'.", error.Message);
    }

    [Fact]
    public async Task WorkflowTypeIsStoredWithEnumsByNameAndExpressionsAsObjects()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        var type = await new WorkflowJson("Join").Start("s", "SignalEvent", new { Signal = Expr("go") }).Activity("j", "JoinTask", new { Mode = "WaitAny" }).ImportAsync(host);

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<DocumentSession>().QueryFirstOrDefaultAsync<string>(
            "SELECT d.Content FROM Document d JOIN WorkflowTypeIndex i ON i.DocumentId = d.Id WHERE i.WorkflowTypeId = @id", new { id = type.WorkflowTypeId }));

        Assert.Contains("\"Mode\":\"WaitAny\"", stored);
        Assert.Contains("\"Signal\":{\"Expression\":\"go\"}", stored);
        Assert.DoesNotContain("\"Id\":" + type.Id, stored);
    }
}
