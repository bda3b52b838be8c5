using Fluid;
using Fluid.Values;
using RencontresAict.Content.Liquid;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Conference.Display;

/// <summary><c>{{ Workflow.Properties.RegistrationId | cancellation_url }}</c>: the signed link to cancel that registration.</summary>
public sealed class CancellationUrlFilter(CancellationLinkService links) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        input.ToStringValue() is { Length: > 0 } id ? new StringValue(await links.CreateUrlAsync(id)) : StringValue.Empty;
}
