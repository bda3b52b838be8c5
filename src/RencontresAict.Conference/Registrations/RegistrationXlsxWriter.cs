using ClosedXML.Excel;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Writes an export as an .xlsx workbook (ClosedXML): one sheet, a bold frozen header row with a filter, answers as
/// typed text cells exactly as entered (a text cell is never evaluated, so « +33 … » or « =1+1 » stays text with no
/// apostrophe; the CSV, which has no types, keeps <see cref="SpreadsheetText"/>'s guard), dates as date cells in the
/// edition's time zone. ClosedXML
/// builds the workbook in memory before it is written, so an export's size is bounded by the edition's registrations.
/// </summary>
public static class RegistrationXlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task WriteAsync(
        Stream output, EditionFacts edition, IReadOnlyList<RegistrationExportColumn> columns, IAsyncEnumerable<ContentItem> registrations,
        CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Inscriptions");
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
            if (columns[c].Instant is not null)
            {
                // One style for the column, not one per cell: a cell style each costs seconds on a large edition.
                sheet.Column(c + 1).Style.DateFormat.Format = "dd/mm/yyyy hh:mm";
            }
        }

        var row = 1;
        await foreach (var item in registrations.WithCancellation(cancellationToken))
        {
            row++;
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                if (columns[c].Instant?.Invoke(item) is { } utc)
                {
                    cell.SetValue(edition.Local(utc).DateTime);
                }
                else
                {
                    cell.SetValue(columns[c].Text(item));
                    cell.DataType = XLDataType.Text;
                }
            }
        }

        var header = sheet.Row(1);
        header.Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        if (row > 1)
        {
            sheet.Range(1, 1, row, columns.Count).SetAutoFilter();
        }

        sheet.Columns(1, columns.Count).Width = 22;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
