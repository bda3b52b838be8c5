using Jint;
using Jint.Native;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RencontresAict.Content.Settings;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Expressions;

/// <summary>
/// Runs an activity's JavaScript (IfElseTask conditions, ScriptTask scripts, filters) on Jint, limited in time,
/// memory and recursion, with Orchard's workflow functions: <c>workflow()</c>, <c>workflowId()</c>, <c>input()</c>,
/// <c>output()</c>, <c>property()</c>, <c>setProperty()</c>, <c>lastResult()</c>, <c>correlationId()</c>,
/// <c>requestForm()</c>, <c>queryString()</c>, <c>signalUrl()</c>, <c>log()</c>; callers add their own
/// (ScriptTask adds <c>setOutcome()</c>).
/// </summary>
public sealed class WorkflowScriptEvaluator(IOptions<WorkflowOptions> options, SignalUrlService signals, SiteBaseUrl site, ILogger<WorkflowScriptEvaluator> logger)
{
    public async Task<object?> EvaluateAsync(string? script, WorkflowExecutionContext workflow, Action<Engine>? extend = null)
    {
        if (string.IsNullOrWhiteSpace(script))
        {
            return null;
        }

        var limits = options.Value;
        var engine = new Engine(o => o
            .TimeoutInterval(limits.ScriptTimeout)
            .LimitMemory(limits.ScriptMemoryLimitBytes)
            .LimitRecursion(limits.ScriptRecursionLimit));
        var form = await RequestValues.FormAsync(workflow.HttpContext);
        var query = RequestValues.Query(workflow.HttpContext);
        var baseUrl = await site.GetAsync();

        engine.SetValue("workflow", new Func<JsValue>(() => JintValues.ToJs(engine, new Dictionary<string, object?>
        {
            ["WorkflowId"] = workflow.WorkflowId,
            ["CorrelationId"] = workflow.CorrelationId,
            ["Input"] = workflow.Input,
            ["Output"] = workflow.Output,
            ["Properties"] = workflow.Properties,
            ["LastResult"] = workflow.LastResult,
        })));
        engine.SetValue("workflowId", new Func<string>(() => workflow.WorkflowId));
        engine.SetValue("correlationId", new Func<string>(() => workflow.CorrelationId));
        engine.SetValue("input", new Func<string, JsValue>(name => JintValues.ToJs(engine, workflow.Input.GetValueOrDefault(name))));
        engine.SetValue("output", new Action<string, JsValue>((name, value) => workflow.Output[name] = JintValues.FromJs(engine, value)));
        engine.SetValue("property", new Func<string, JsValue>(name => JintValues.ToJs(engine, workflow.Properties.GetValueOrDefault(name))));
        engine.SetValue("setProperty", new Action<string, JsValue>((name, value) => workflow.Properties[name] = JintValues.FromJs(engine, value)));
        engine.SetValue("lastResult", new Func<JsValue>(() => JintValues.ToJs(engine, workflow.LastResult)));
        engine.SetValue("requestForm", new Func<JsValue, JsValue>(name =>
            JintValues.ToJs(engine, name.IsString() ? form.GetValueOrDefault(name.AsString()) : form)));
        engine.SetValue("queryString", new Func<JsValue, JsValue>(name =>
            JintValues.ToJs(engine, name.IsString() ? query.GetValueOrDefault(name.AsString()) : query)));
        engine.SetValue("signalUrl", new Func<string, string>(signal =>
            baseUrl + signals.CreateRelativeUrl(signal, workflow.CorrelationId, workflow.WorkflowId)));
        engine.SetValue("log", new Action<string, string>((level, text) => logger.Log(
            Enum.TryParse<LogLevel>(level, ignoreCase: true, out var parsed) ? parsed : LogLevel.Information,
            "Workflow {WorkflowId} script: {Text}", workflow.WorkflowId, text)));
        extend?.Invoke(engine);

        return JintValues.FromJs(engine, engine.Evaluate(script));
    }

    public async Task<bool> EvaluateBooleanAsync(string? script, WorkflowExecutionContext workflow) =>
        await EvaluateAsync(script, workflow) switch
        {
            bool value => value,
            string text => bool.TryParse(text, out var parsed) && parsed,
            double number => number != 0,
            null => false,
            _ => true,
        };
}
