using RencontresAict.Forms.Models;
using RencontresAict.Forms.Validation;

namespace RencontresAict.Tests.Forms;

public sealed class FormValidatorTests
{
    private static readonly FormElement _email = new() { ContentType = "Input", Name = "Email", Label = "E-mail", InputType = "email", Required = true, MaxLength = 254 };

    [Theory]
    [InlineData("anne@example.org", true)]
    [InlineData("anne.dupre+aict@mairie-dijon.fr", true)]
    [InlineData("anne@example", false)]
    [InlineData("anne@@example.org", false)]
    [InlineData("Anne <anne@example.org>", false)]
    [InlineData("anne@example.org, bob@example.org", false)]
    public void EmailRuleAcceptsOneAddressAndNothingAHeaderCouldMisread(string value, bool valid) =>
        Assert.Equal(valid, !FormValidator.Check(_email, [value]).Any());

    [Fact]
    public void PatternAndLengthRulesGiveTheirFrenchMessages()
    {
        var code = new FormElement { ContentType = "Input", Name = "Code", Label = "Code", Pattern = "[0-9]{5}", PatternMessage = "Cinq chiffres, par exemple 75019.", MinLength = 5, MaxLength = 5 };

        Assert.Equal(["Cinq chiffres, par exemple 75019."], FormValidator.Check(code, ["7501a"]));
        Assert.Contains("au moins 5 caractères", FormValidator.Check(code, ["750"]).First(), StringComparison.Ordinal);
        Assert.Contains("ne doit pas dépasser 5 caractères", FormValidator.Check(code, ["750190"]).Single(), StringComparison.Ordinal);
        Assert.Empty(FormValidator.Check(code, ["75019"]));
    }

    [Fact]
    public void SelectAcceptsOnlyItsOptionsAndARadioOnlyOneOfThem()
    {
        var radio = new FormElement
        {
            ContentType = "Select", Name = "Civility", Label = "Civilité", Editor = "Radio", Required = true,
            Options = [new("Madame", "madame"), new("Monsieur", "monsieur")],
        };

        Assert.Empty(FormValidator.Check(radio, ["madame"]));
        Assert.NotEmpty(FormValidator.Check(radio, ["docteur"]));
        Assert.NotEmpty(FormValidator.Check(radio, ["madame", "monsieur"]));
        Assert.Equal(["Choisissez au moins une réponse pour « Civilité »."], FormValidator.Check(radio, []));
    }
}
