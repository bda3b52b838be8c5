using Fluid;
using Fluid.Values;
using RencontresAict.Content.Settings;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// <c>{{ StartsAt | date_fr: "dddd d MMMM yyyy" }}</c> → "lundi 20 juin 2022"; <c>date_fr: "time"</c> → "14 h 30";
/// <c>date_fr</c> or <c>date_fr: "long"</c> → "lundi 20 juin 2022". The instant is always shown in the site's zone.
/// </summary>
public sealed class DateFrFilter(SiteSettingsService settings) : ILiquidFilter
{
    public async ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        if (!FrenchDates.TryReadInstant(input.ToObjectValue(), out var instant))
        {
            return NilValue.Instance;
        }

        var local = FrenchDates.InZone(instant, await settings.GetTimeZoneAsync());
        return new StringValue(FrenchDates.Format(local, arguments.At(0).ToStringValue()));
    }
}
