using System.Text.Json.Nodes;
using RencontresAict.Content.Layers;

namespace RencontresAict.Tests.Content;

/// <summary>Orchard 2.x layer rules as the <c>layers</c> step stores them, evaluated for a request path.</summary>
public sealed class LayerRuleTests
{
    [Theory]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.BooleanCondition, OrchardCore.Rules", "Value": true }""", "/blog", true)]
    [InlineData("""{ "Name": "BooleanCondition", "Value": false }""", "/", false)]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.HomepageCondition, OrchardCore.Rules", "Value": true }""", "/", true)]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.HomepageCondition, OrchardCore.Rules", "Value": true }""", "/blog", false)]
    [InlineData("""{ "Name": "HomepageCondition", "Value": false }""", "/blog", true)]
    [InlineData("""{ "Name": "UrlCondition", "Value": "~/blog*" }""", "/blog/post-1", true)]
    [InlineData("""{ "Name": "UrlCondition", "Value": "/about" }""", "/blog", false)]
    [InlineData("""{ "Name": "AnyConditionGroup", "Conditions": [ { "Name": "UrlCondition", "Value": "/a" }, { "Name": "HomepageCondition", "Value": true } ] }""", "/", true)]
    [InlineData("""{ "Name": "CultureCondition", "Value": "fr" }""", "/programme", true)]
    [InlineData("""{ "Name": "CultureCondition", "Value": "fr-FR" }""", "/en/programme", false)]
    [InlineData("""{ "Name": "CultureCondition", "Operation": { "$type": "OrchardCore.Rules.Models.StringNotEqualsOperator, OrchardCore.Rules" }, "Value": "en" }""", "/en", false)]
    [InlineData("""{ "$type": "OrchardCore.Rules.Models.JavascriptCondition, OrchardCore.Rules", "Script": "isHomepage() || url('~/blog*')" }""", "/blog/x", true)]
    [InlineData("""{ "Name": "JavascriptCondition", "Script": "culture('en') && !isHomepage()" }""", "/en/programme", true)]
    [InlineData("""{ "Name": "JavascriptCondition", "Script": "while (true) {}" }""", "/", false)]
    public void ALayerShowsWhenEveryConditionOfItsRuleHolds(string condition, string path, bool expected)
    {
        var layer = Layer(condition);

        Assert.Null(LayerRule.Unsupported(layer));
        Assert.Equal(expected, LayerRule.Matches(layer, path));
    }

    [Fact]
    public void ARuleWithAConditionTheSiteCannotEvaluateIsNamed() =>
        Assert.Equal("RoleCondition", LayerRule.Unsupported(Layer(
            """{ "Name": "AllConditionGroup", "Conditions": [ { "$type": "OrchardCore.Rules.Models.RoleCondition, OrchardCore.Rules", "Value": "Editor" } ] }""")));

    [Theory]
    [InlineData("isHomepage()", "/", true)]
    [InlineData("url('~/about')", "/about/", true)]
    [InlineData("true", "/x", true)]
    [InlineData("false || culture('fr')", "/x", true)]
    [InlineData("isAuthenticated()", "/x", false)]
    [InlineData("not javascript (", "/", false)]
    public void AnOrchardOneLayerRuleIsEvaluatedAsJavaScript(string rule, string path, bool expected) =>
        Assert.Equal(expected, LayerRule.Matches(new JsonObject { ["Name"] = "L", ["Rule"] = rule }, path));

    private static JsonObject Layer(string condition) =>
        new() { ["Name"] = "L", ["LayerRule"] = new JsonObject { ["Conditions"] = new JsonArray(JsonNode.Parse(condition)) } };
}
