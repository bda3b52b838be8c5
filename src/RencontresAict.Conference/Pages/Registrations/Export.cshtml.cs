using Microsoft.AspNetCore.Mvc;
using RencontresAict.Conference.Registrations;

namespace RencontresAict.Conference.Pages.Registrations;

/// <summary>
/// The list's registrations, with its filters, as a file: <c>?Format=csv</c> (streamed row by row, for French Excel) or
/// <c>xlsx</c>. Columns: the registration form's input elements, then status, dates and edition.
/// </summary>
public sealed class ExportModel(RegistrationExporter exporter, EditionFactsReader editions) : RegistrationsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public RegistrationListFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAllowedAsync() is { } refused)
        {
            return refused;
        }

        if (Format is not ("csv" or "xlsx") || await editions.ReadAsync(Filter.Edition) is not { } edition)
        {
            return NotFound();
        }

        var columns = await exporter.ColumnsAsync(edition);
        var rows = exporter.RegistrationsAsync(edition, Filter, HttpContext.RequestAborted);
        var fileName = $"inscriptions-{edition.Id}-{(RegistrationStatus.IsKnown(Filter.Status) ? Filter.Status : "toutes")}.{Format}";
        Response.ContentType = Format == "csv" ? RegistrationCsvWriter.ContentType : RegistrationXlsxWriter.ContentType;
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName }.ToString();
        Response.Headers.CacheControl = "no-store";
        if (Format == "csv")
        {
            await RegistrationCsvWriter.WriteAsync(Response.Body, columns, rows, HttpContext.RequestAborted);
        }
        else
        {
            await RegistrationXlsxWriter.WriteAsync(Response.Body, edition, columns, rows, HttpContext.RequestAborted);
        }

        return new EmptyResult();
    }
}
