using Fluid;
using Fluid.Values;
using RencontresAict.Content.Liquid;
using RencontresAict.Workflows.Http;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Workflows.Expressions;

/// <summary>
/// <c>{{ "Confirm" | signal_url }}</c>: a signed link that resumes this instance's <c>SignalEvent</c> "Confirm".
/// An optional argument gives the lifetime in days (<c>{{ "Cancel" | signal_url: 180 }}</c>).
/// </summary>
public sealed class SignalUrlFilter(SignalUrlService signals) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var workflow = context.AmbientValues.TryGetValue(WorkflowExpressionEvaluator.AmbientKey, out var value)
            ? value as WorkflowExecutionContext
            : null;
        var days = arguments.Count > 0 ? arguments.At(0).ToNumberValue() : 0;
        var url = await signals.CreateUrlAsync(
            input.ToStringValue(),
            workflow?.CorrelationId ?? "",
            workflow?.WorkflowId,
            days > 0 ? TimeSpan.FromDays((double)days) : null);
        return new StringValue(url);
    }
}
