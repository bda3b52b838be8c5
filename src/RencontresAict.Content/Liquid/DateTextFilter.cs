using Fluid;
using Fluid.Values;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ StartsAt | date_text: "dddd d MMMM" }}</c>: like <c>date_fr</c>, in the visitor's language
/// (<see cref="VisitorDates"/>): "lundi 20 juin" on a French page, "Monday 20 June" on an English one.
/// </summary>
public sealed class DateTextFilter(SiteSettingsService settings) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        if (!FrenchDates.TryReadInstant(input.ToObjectValue(), out var instant))
        {
            return NilValue.Instance;
        }

        var local = FrenchDates.InZone(instant, await settings.GetTimeZoneAsync());
        return new StringValue(VisitorDates.Format(local, arguments.At(0).ToStringValue()));
    }
}
