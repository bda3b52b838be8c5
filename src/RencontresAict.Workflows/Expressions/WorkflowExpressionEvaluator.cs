using System.Text.Encodings.Web;
using Fluid;
using RencontresAict.Content.Liquid;
using RencontresAict.Content.Settings;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Expressions;

/// <summary>
/// Renders an activity's Liquid expression with Orchard's workflow context: <c>Workflow</c> (Input, Output,
/// Properties, CorrelationId), <c>Request</c> (Form, Query), <c>Site</c>, and every registered filter
/// (<c>signal_url</c> among them). The caller picks the encoder, as Orchard's activities do: HTML for HTML e-mail
/// bodies, JavaScript for JSON, none for subjects and addresses.
/// </summary>
public sealed class WorkflowExpressionEvaluator(LiquidTemplateManager liquid, SiteSettingsService site)
{
    public const string AmbientKey = "WorkflowExecutionContext";

    public async Task<string> EvaluateAsync(string? template, WorkflowExecutionContext workflow, TextEncoder? encoder = null)
    {
        if (string.IsNullOrEmpty(template))
        {
            return "";
        }

        var context = liquid.CreateContext(workflow.Services, model: null);
        context.AmbientValues[AmbientKey] = workflow;
        context.SetValue("Workflow", new WorkflowLiquidModel(workflow));
        context.SetValue("Request", await RequestValues.ModelAsync(workflow.HttpContext));
        context.SetValue("Site", await site.GetAsync());
        if (workflow.Input.TryGetValue("ContentItem", out var item))
        {
            context.SetValue("ContentItem", item);
        }

        return await liquid.Parse(template).RenderAsync(context, encoder ?? NullEncoder.Default);
    }
}
