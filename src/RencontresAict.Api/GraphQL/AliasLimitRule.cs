using GraphQL.Validation;
using GraphQLParser.AST;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// Refuses a query with more than <c>Api:GraphQLMaxAliases</c> aliased fields: aliases let one small query ask for the
/// same expensive field hundreds of times, which depth and complexity limits do not see as one abuse.
/// </summary>
public sealed class AliasLimitRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Alias is not null && ++aliases == maxAliases + 1)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, "ALIAS_LIMIT",
                    $"The query uses more than {maxAliases} aliases.", field));
            }
        }));
    }
}
