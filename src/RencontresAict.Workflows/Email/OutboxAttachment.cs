namespace RencontresAict.Workflows.Email;

/// <summary>A file sent with a message (an iCalendar invitation); its bytes are stored as base64 in the document.</summary>
public sealed class OutboxAttachment
{
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public byte[] Content { get; set; } = [];
}
