using RencontresAict.Content.ContentManagement;
using RencontresAict.Forms.Editing;
using RencontresAict.Forms.Models;
using RencontresAict.Forms.Validation;

namespace RencontresAict.Tests.Forms;

public sealed class FormElementInputValidatorTests
{
    [Theory]
    [InlineData("[0-9]{5}", false)]
    [InlineData("", false)]
    [InlineData("([a-z]+", true)]
    [InlineData("[0-9", true)]
    [InlineData("(a+)+", true)]
    [InlineData("(a|aa)+", true)]
    public void APatternThatDoesNotCompileOrBacktracksForTooLongIsRefused(string pattern, bool refused) =>
        Assert.Equal(refused, FormElementInputValidator.PatternError(pattern) is not null);

    [Fact]
    public void ChoicesAreReadOnePerLineAsValueThenLabelAndARepeatedValueIsRefused()
    {
        var (options, error) = SelectOptionsText.Parse("collectivite|Collectivité territoriale\r\n\nAutre\n");
        var (_, repeated) = SelectOptionsText.Parse("a|Un\na|Deux");

        Assert.Null(error);
        Assert.Equal([new SelectOption("Collectivité territoriale", "collectivite"), new SelectOption("Autre", "Autre")], options);
        Assert.Contains("déjà celle d'un autre choix", repeated, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Code-postal_2")]
    [InlineData("b2b")]
    public void AMachineNameOfLettersDigitsDashAndUnderscoreIsAccepted(string name) =>
        Assert.DoesNotContain(Check(name), e => e.Member == "Name");

    [Theory]
    [InlineData("2e-champ", "commence par une lettre")]
    [InlineData("code postal", "commence par une lettre")]
    [InlineData("prénom", "commence par une lettre")]
    [InlineData("FIRSTNAME", "est déjà celui de l'élément « Prénom »")]
    public void AMachineNameWithOtherCharactersOrAlreadyInTheFormIsRefused(string name, string message) =>
        Assert.Contains(message, Check(name).Single(e => e.Member == "Name").Message, StringComparison.Ordinal);

    [Fact]
    public void AnInputWithAllowedAnswersRefusesAnyOtherWithAFrenchMessage()
    {
        var country = new FormElement { ContentType = "Input", Name = "Country", Label = "Pays", MaxLength = 100, AllowedValues = ["France", "Belgique"] };

        Assert.Empty(FormValidator.Check(country, ["france"]));
        Assert.Equal(["Le champ « Pays » n'accepte que l'une de ces réponses : France, Belgique."], FormValidator.Check(country, ["Espagne"]));
    }

    private static IReadOnlyList<ContentValidationError> Check(string name)
    {
        var form = new FormDefinition { Item = new(), Elements = [new FormElement { ContentType = "Input", ContentItemId = "a", Name = "FirstName", Label = "Prénom" }] };
        return FormElementInputValidator.Check(new FormElementInput { Type = "Input", Label = "Nouveau", Name = name, InputType = "text" }, form, null, new HashSet<string>());
    }
}
