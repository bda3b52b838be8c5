using System.Text;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Writes an export as CSV for French Excel: UTF-8 with a byte order mark (accents survive a double click), ';' between
/// values (',' is the decimal separator in French), CRLF between rows, every value quoted and guarded by
/// <see cref="SpreadsheetText"/>. Rows are flushed as they are written.
/// </summary>
public static class RegistrationCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync(
        Stream output, IReadOnlyList<RegistrationExportColumn> columns, IAsyncEnumerable<ContentItem> registrations, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(columns.Select(c => c.Header)));
        var count = 0;
        await foreach (var item in registrations.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(columns.Select(c => c.Text(item))));
            if (++count % 200 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Line(IEnumerable<string> values) =>
        string.Join(';', values.Select(v => "\"" + SpreadsheetText.Guard(v).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";
}
