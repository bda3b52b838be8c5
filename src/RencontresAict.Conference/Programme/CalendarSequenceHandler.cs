using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Programme;

/// <summary>Each publication of an item (a changed session is re-published) raises its iCalendar SEQUENCE.</summary>
public sealed class CalendarSequenceHandler(CalendarSequenceStore sequences) : ContentHandlerBase
{
    public override Task PublishedAsync(PublishContentContext context) => sequences.IncrementAsync(context.ContentItem.ContentItemId);
}
