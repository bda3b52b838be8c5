using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Display.Models;

/// <summary>A session in the edition's time zone: "Lundi 20 juin 2022", "14 h 30 – 16 h 00", ISO instants with offset.</summary>
public sealed record SessionModel
{
    public required ContentItem Item { get; init; }

    public required string Title { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    public string? DayHeading { get; init; }

    /// <summary>"14 h 30 – 16 h 00".</summary>
    public string? TimeText { get; init; }

    public string? StartText { get; init; }

    public string? EndText { get; init; }

    public string? StartIso { get; init; }

    public string? EndIso { get; init; }

    public string? Room { get; init; }

    public bool Cancelled { get; init; }

    public IReadOnlyList<FormatModel> Formats { get; init; } = [];

    public IReadOnlyList<SpeakerModel> Speakers { get; init; } = [];
}
