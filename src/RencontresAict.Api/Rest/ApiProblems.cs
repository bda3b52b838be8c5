using Microsoft.AspNetCore.Http;
using RencontresAict.Api.Security;
using RencontresAict.Content.ContentManagement;

namespace RencontresAict.Api.Rest;

/// <summary>The API's error answers: ProblemDetails with a French title, never an exception page.</summary>
public static class ApiProblems
{
    public static IResult NotFound(string title = "Contenu introuvable.") => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title);

    public static IResult BadRequest(string title, string? detail = null) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    /// <summary>401 with a Bearer challenge for an anonymous caller, 403 for a client whose roles do not allow it.</summary>
    public static IResult Denied(HttpContext context, ApiCaller caller)
    {
        if (caller.IsAuthenticated)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Vos rôles ne permettent pas cette action.");
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentification requise : demandez un jeton à /connect/token.");
    }

    public static IResult Invalid(IReadOnlyList<ContentValidationError> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Member).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Le contenu n'est pas valide.");
}
