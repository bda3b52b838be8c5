using RencontresAict.Content.Liquid;

namespace RencontresAict.Tests.Liquid;

/// <summary>One test per rule of <see cref="TemplateAlternates"/>: the names, most specific first.</summary>
public sealed class TemplateAlternatesTests
{
    [Fact]
    public void EveryPageIsFramedByLayout() => Assert.Equal("Layout", TemplateAlternates.Layout);

    [Fact]
    public void UnknownUrlsAreShownWithNotFound() => Assert.Equal("NotFound", TemplateAlternates.NotFound);

    [Fact]
    public void AnItemInDetailLooksForItsTypeThenForContent() =>
        Assert.Equal(["Content-Session", "Content"], TemplateAlternates.ForContent("Session"));

    [Fact]
    public void AnItemInSummaryLooksForItsTypeSummaryThenContentSummary() =>
        Assert.Equal(["Content-Session.Summary", "Content.Summary"], TemplateAlternates.ForContent("Session", TemplateAlternates.Summary));

    [Fact]
    public void APartLooksForItsNameOnTheTypeThenForItsPartType() =>
        Assert.Equal(["Session-HtmlBodyPart", "HtmlBodyPart"], TemplateAlternates.ForPart("Session", "HtmlBodyPart", "HtmlBodyPart"));

    [Fact]
    public void APartInSummaryLooksForSummaryNames() =>
        Assert.Equal(["Session-HtmlBodyPart.Summary", "HtmlBodyPart.Summary"], TemplateAlternates.ForPart("Session", "HtmlBodyPart", "HtmlBodyPart", "Summary"));

    [Fact]
    public void TheTypesOwnPartLooksOnlyForTheTypeSpecificName() =>
        Assert.Equal(["Session-Session"], TemplateAlternates.ForPart("Session", "Session", "Session"));

    [Fact]
    public void AFieldLooksForItsPartAndNameThenForItsFieldType() =>
        Assert.Equal(["TextField-Session-Room", "TextField"], TemplateAlternates.ForField("Session", "TextField", "Room"));

    [Fact]
    public void ASiteViewIsLookedUpByItsOwnNameOnly() =>
        Assert.Equal(["Programme"], TemplateAlternates.ForView("Programme"));
}
