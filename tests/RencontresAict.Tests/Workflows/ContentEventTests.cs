using Microsoft.Extensions.DependencyInjection;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Tests.Fixtures;
using RencontresAict.Workflows.Models;
using static RencontresAict.Tests.Workflows.WorkflowJson;

namespace RencontresAict.Tests.Workflows;

public sealed class ContentEventTests
{
    private static readonly string[] Articles = ["Article"];
    private static readonly string[] Pages = ["Page"];
    private static readonly string[] Titles = ["Premier", "Second"];

    [Fact]
    public async Task CreatingContentStartsTheWorkflowsFilteredOnItsTypeInline()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        var matching = await new WorkflowJson("On article")
            .Start("created", "ContentCreatedEvent", new { ContentTypeFilter = Articles })
            .Activity("title", "CorrelateTask", new { Value = Expr("{{ Workflow.Input.ContentItem | display_text }}") })
            .Transition("created", "Done", "title")
            .ImportAsync(host);
        var other = await new WorkflowJson("On page").Start("created", "ContentCreatedEvent", new { ContentTypeFilter = Pages }).ImportAsync(host);

        await host.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("Article");
            item.GetPart("TitlePart")!["Title"] = "Atelier Afrique";
            await contents.CreateAsync(item);
        });

        var run = Assert.Single(await host.ListInstancesAsync(matching.WorkflowTypeId));
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("Atelier Afrique", run.CorrelationId);
        Assert.Empty(await host.ListInstancesAsync(other.WorkflowTypeId));
    }

    [Fact]
    public async Task HaltedWorkflowResumesWhenItsOwnItemIsPublished()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        var type = await new WorkflowJson("Review")
            .Start("draft", "ContentDraftSavedEvent", new { ContentTypeFilter = Articles })
            .Activity("published", "ContentPublishedEvent", new { ContentTypeFilter = Articles })
            .Activity("note", "SetPropertyTask", new { PropertyName = "PublishedTitle", Value = Expr("input('ContentItem').DisplayText") })
            .Transition("draft", "Done", "published").Transition("published", "Done", "note")
            .ImportAsync(host);
        var ids = new List<string>();
        await host.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            foreach (var title in Titles)
            {
                var item = await contents.NewAsync("Article");
                item.GetPart("TitlePart")!["Title"] = title;
                await contents.CreateAsync(item, publish: false);
                ids.Add(item.ContentItemId);
            }
        });

        await host.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            await contents.PublishAsync((await contents.GetAsync(ids[1], VersionOptions.Latest))!);
        });

        var instances = await host.ListInstancesAsync(type.WorkflowTypeId);
        var second = instances.Single(i => i.CorrelationId == ids[1]);
        Assert.Equal(WorkflowStatus.Finished, second.Status);
        Assert.Equal("Second", second.State.Properties["PublishedTitle"]!.GetValue<string>());
        Assert.Equal(WorkflowStatus.Halted, instances.Single(i => i.CorrelationId == ids[0]).Status);
    }

    [Fact]
    public async Task CreateContentTaskRefusesToLoopOnItsOwnType()
    {
        await using var host = await WorkflowsTestHost.StartAsync();
        await host.InScopeAsync(sp => TestDefinitions.AddArticleTypeAsync(sp));
        var type = await new WorkflowJson("Loop")
            .Start("created", "ContentCreatedEvent", new { ContentTypeFilter = Articles })
            .Activity("again", "CreateContentTask", new { ContentType = "Article", ContentProperties = Expr("""{"TitlePart": {"Title": "copie"}}""") })
            .Transition("created", "Done", "again")
            .ImportAsync(host);

        await host.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("Article");
            item.GetPart("TitlePart")!["Title"] = "Original";
            await contents.CreateAsync(item);
        });

        var run = Assert.Single(await host.ListInstancesAsync(type.WorkflowTypeId));
        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("endless loop", run.FaultMessage);
    }
}
