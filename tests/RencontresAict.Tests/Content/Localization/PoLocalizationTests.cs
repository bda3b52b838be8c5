using System.Globalization;
using RencontresAict.Content.Localization;

namespace RencontresAict.Tests.Content.Localization;

public sealed class PoLocalizationTests
{
    private const string Po = """
        # header
        msgid ""
        msgstr ""
        "Language: en\n"

        msgid "Accès refusé"
        msgstr "Access denied"

        msgctxt "RencontresAict.Sample"
        msgid "Édition"
        msgstr "Edition (sample)"

        msgid "Édition"
        msgstr "Edition"

        msgid "Une ligne "
        "qui continue"
        msgstr "A line "
        "that goes on with a \"quote\"\n"

        #, fuzzy
        msgid "Brouillon"
        msgstr "Rough draft"

        msgid "Pas traduit"
        msgstr ""

        msgid "{0} contenu"
        msgid_plural "{0} contenus"
        msgstr[0] "{0} item"
        msgstr[1] "{0} items"
        """;

    [Fact]
    public void APoFileGivesItsTranslationsWithContextsContinuationsAndPluralsAndSkipsFuzzyAndEmptyOnes()
    {
        var entries = PoFileParser.Parse(new StringReader(Po));

        Assert.Equal(
            ["Accès refusé", "Édition", "Édition", "Une ligne qui continue", "{0} contenu"],
            entries.Select(e => e.Id));
        Assert.Equal("RencontresAict.Sample", entries[1].Context);
        Assert.Equal("A line that goes on with a \"quote\"\n", entries[3].Translations[0]);
        Assert.Equal(["{0} item", "{0} items"], entries[4].Translations);
    }

    [Fact]
    public void ALocalizerTranslatesForAnEnglishCultureAndItsChildrenAndLeavesFrenchAndUnknownTextsAsWritten()
    {
        var catalog = new PoTranslationCatalog([new PoTranslationSource(typeof(PoLocalizationTests).Assembly)]);
        var sample = new PoStringLocalizer(catalog, "RencontresAict.Sample");
        var other = new PoStringLocalizer(catalog, "RencontresAict.Other");
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("Edition (sample)", sample["Édition"].Value);
            Assert.Equal("Edition", other["Édition"].Value);
            Assert.Equal("Inconnu", other["Inconnu"].Value);
            Assert.True(other["Inconnu"].ResourceNotFound);
            Assert.Equal("1 item", other.Plural(1, "{0} contenu", "{0} contenus"));
            Assert.Equal("0 items", other.Plural(0, "{0} contenu", "{0} contenus"));

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("Édition", other["Édition"].Value);
            Assert.Equal("0 contenu", other.Plural(0, "{0} contenu", "{0} contenus"));
            Assert.Equal("11 contenus", other.Plural(11, "{0} contenu", "{0} contenus"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
