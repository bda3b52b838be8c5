using System.Net;
using System.Text;
using ClosedXML.Excel;
using RencontresAict.Tests.Forms;

namespace RencontresAict.Tests.Admin.Registrations;

/// <summary>
/// Exports of an edition's registrations: a reference to quote to the registrant, the form's columns in order, the
/// list's filters, no formula let through (the CSV guards with an apostrophe, the XLSX types its text cells).
/// </summary>
[Trait("Dates", "ServerZone")]
public sealed class RegistrationExportTests
{
    private static readonly string[] _formHeaders =
    [
        "Civilité", "Prénom", "Nom", "Adresse e-mail", "Téléphone", "Type d'organisation", "Nom de l'organisation", "Fonction", "Pays",
        "Jours de présence", "Formats qui vous intéressent", "Besoins d'accessibilité",
        "J'accepte que Cités Unies France traite les données de ce formulaire pour gérer mon inscription aux Rencontres.",
        "Je souhaite recevoir les actualités de Cités Unies France par e-mail.",
    ];

    private static readonly string[] _fixedHeaders = ["Statut", "Langue", "Inscription le", "Confirmation le", "Annulation le", "Édition"];

    [Fact]
    public async Task CsvExportIsUtf8ForFrenchExcelWithTheFormsColumnsInOrderTheListsFiltersAndNoFormula()
    {
        await using var site = await RegistrationSite.StartAsync();
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("bruno@example.org", "Martin", "=HYPERLINK(\"http://evil.example\";\"x\")"));
        using var admin = await RegistrationStaff.SignInAsync(site);

        var response = await admin.GetAsync(new Uri("/admin/registrations/export?Format=csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var filtered = await (await admin.GetAsync(new Uri("/admin/registrations/export?Format=csv&Filter.Q=dupre", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith(string.Join(';', ((string[])["Référence", .. _formHeaders]).Select(h => $"\"{h}\"")), lines[0], StringComparison.Ordinal);
        Assert.EndsWith(string.Join(';', _fixedHeaders.Select(h => $"\"{h}\"")), lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        var anne = lines.Single(l => l.Contains("anne@example.org", StringComparison.Ordinal));
        Assert.Contains("\"Anne\";\"Dupré\";\"anne@example.org\"", anne, StringComparison.Ordinal);
        Assert.Contains("\"Ville de Dijon\";\"Chargée de mission\";\"France\"", anne, StringComparison.Ordinal);
        Assert.Contains("\"À confirmer\"", anne, StringComparison.Ordinal);
        Assert.Matches("^\"INS-[0-9A-Z]{8}\";", anne);
        Assert.Contains("\"'+33 1 53 41 81 81\"", anne, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\"", lines.Single(l => l.Contains("bruno@", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("anne@example.org", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("bruno@example.org", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxExportHasAReferenceTheListFindsAndTypedTextCellsWithoutApostropheThatAreNeverFormulas()
    {
        await using var site = await RegistrationSite.StartAsync();
        var anneId = await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("anne@example.org", "Dupré", "Ville de Dijon"));
        await RegistrationStaff.RegisterAsync(site, RegistrationStaff.Answers("bruno@example.org", "Martin", "=1+2"));
        using var admin = await RegistrationStaff.SignInAsync(site);

        var response = await admin.GetAsync(new Uri("/admin/registrations/export?Format=xlsx&Filter.Sort=name", UriKind.Relative));
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToArray();
        string Cell(int row, string header) => sheet.Cell(row, Array.IndexOf(headers, header) + 1).GetString();
        var bruno = sheet.Cell(3, Array.IndexOf(headers, "Nom de l'organisation") + 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Référence", .. _formHeaders, .. _fixedHeaders], headers);
        Assert.Equal("INS-" + anneId[..8].ToUpperInvariant(), Cell(2, "Référence"));
        Assert.Equal("+33 1 53 41 81 81", Cell(2, "Téléphone"));
        Assert.Equal(XLDataType.Text, sheet.Cell(2, Array.IndexOf(headers, "Téléphone") + 1).DataType);
        Assert.Equal("Dupré", Cell(2, "Nom"));
        Assert.Equal("Ville de Dijon", Cell(2, "Nom de l'organisation"));
        Assert.Equal("À confirmer", Cell(2, "Statut"));
        Assert.Equal("oui", Cell(2, _formHeaders[12]));
        Assert.Equal("Martin", Cell(3, "Nom"));
        Assert.False(bruno.HasFormula);
        Assert.Equal("=1+2", bruno.GetString());
        Assert.Equal(XLDataType.Text, bruno.DataType);

        var found = await AdminSite.GetPageAsync(admin, "/admin/registrations?Filter.Q=" + Cell(2, "Référence"));
        var row = Assert.Single(found.QuerySelectorAll("table.registrations tbody tr"));
        Assert.Contains("Dupré", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(Cell(2, "Référence"), row.TextContent, StringComparison.Ordinal);
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, Array.IndexOf(headers, "Inscription le") + 1).DataType);
    }
}
