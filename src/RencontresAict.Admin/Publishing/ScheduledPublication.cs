namespace RencontresAict.Admin.Publishing;

/// <summary>A version to publish at <see cref="PublishAtUtc"/> (stored as ISO-8601 UTC text so it sorts).</summary>
public sealed record ScheduledPublication(string ContentItemId, string ContentItemVersionId, string PublishAtUtc, string? ScheduledBy)
{
    public DateTime PublishAt => DateTime.Parse(PublishAtUtc, System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);

    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
