using Fluid;
using Fluid.Values;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Liquid;

/// <summary><c>{{ Model.ContentItem.PublishedUtc | local }}</c>: a UTC instant in the site's time zone (Europe/Paris), whatever the server's.</summary>
public sealed class LocalFilter(SiteSettingsService settings) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context) =>
        FrenchDates.TryReadInstant(input.ToObjectValue(), out var instant)
            ? new DateTimeValue(FrenchDates.InZone(instant, await settings.GetTimeZoneAsync()))
            : NilValue.Instance;
}
