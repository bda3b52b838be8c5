using MimeKit;

namespace RencontresAict.Workflows.Email;

/// <summary>
/// Writes each message as <c>{Message-Id}.eml</c> in the pickup folder, through a temporary file renamed into place,
/// so a reader never sees half a message and a message written twice is still one file.
/// </summary>
public sealed class PickupDirectoryTransport(string directory) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Split(Path.GetInvalidFileNameChars()));
        var final = Path.Combine(directory, name + ".eml");
        var temporary = Path.Combine(directory, "." + name + "." + Guid.NewGuid().ToString("N") + ".tmp");
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16384, FileOptions.Asynchronous))
        {
            await message.WriteToAsync(stream, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, final, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
