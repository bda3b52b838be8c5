using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace RencontresAict.Api.GraphQL;

/// <summary>Small factories for dynamically built fields: a name, a graph type (a type or an instance), a resolver.</summary>
public static class GraphFields
{
    public static FieldType Of<TGraphType>(string name, Func<IResolveFieldContext, object?> resolve, string? description = null)
        where TGraphType : IGraphType => new()
        {
            Name = name,
            Type = typeof(TGraphType),
            Description = description,
            Resolver = new FuncFieldResolver<object>(resolve),
        };

    public static FieldType Of(string name, IGraphType type, Func<IResolveFieldContext, object?> resolve, string? description = null) => new()
    {
        Name = name,
        ResolvedType = type,
        Description = description,
        Resolver = new FuncFieldResolver<object>(resolve),
    };

    public static FieldType OfAsync(string name, IGraphType type, Func<IResolveFieldContext, Task<object?>> resolve, string? description = null) => new()
    {
        Name = name,
        ResolvedType = type,
        Description = description,
        Resolver = new FuncFieldResolver<object>(async ctx => await resolve(ctx)),
    };
}
