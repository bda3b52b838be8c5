using Fluid;
using Fluid.Values;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Conference.Programme;

/// <summary><c>{{ Model.ContentItem | calendar_url }}</c>: the .ics of a session (or of the whole programme for anything else).</summary>
public sealed class CalendarUrlFilter : ILiquidFilter
{
    public ValueTask<FluidValue> ProcessAsync(FluidValue input, FilterArguments arguments, LiquidTemplateContext context)
    {
        var url = input.ToObjectValue() is ContentItem { ContentType: "Session" } item
            ? ProgrammeLinks.SessionCalendar(item.ContentItemId)
            : ProgrammeLinks.Programme;
        return ValueTask.FromResult<FluidValue>(new StringValue(url));
    }
}
