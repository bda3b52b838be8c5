using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RencontresAict.Api.GraphQL;

/// <summary>
/// Runs GraphQL requests: fields one after the other (resolvers share the request's database connection), with
/// depth, complexity and alias limits, and without exception details in answers (they go to the log).
/// </summary>
public sealed class GraphQLExecutor(IOptions<ApiOptions> options, ILogger<GraphQLExecutor> logger)
{
    private readonly DocumentExecuter _executer = new(
        new GraphQLDocumentBuilder(),
        new DocumentValidator(),
        new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]),
        []);

    private readonly IValidationRule[] _rules =
    [
        .. DocumentValidator.CoreRules,
        new ComplexityValidationRule(new ComplexityOptions { MaxDepth = options.Value.GraphQLMaxDepth, MaxComplexity = options.Value.GraphQLMaxComplexity }),
        new AliasLimitRule(options.Value.GraphQLMaxAliases),
    ];

    public GraphQLSerializer Serializer { get; } = new();

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ISchema schema, ContentGraphContext context, IServiceProvider services, CancellationToken cancellationToken) =>
        _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            UserContext = context,
            RequestServices = services,
            CancellationToken = cancellationToken,
            ValidationRules = _rules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = failure =>
            {
                logger.LogError(failure.OriginalException, "GraphQL resolver failed");
                failure.ErrorMessage = "Internal error while resolving this field.";
                return Task.CompletedTask;
            },
        });
}
