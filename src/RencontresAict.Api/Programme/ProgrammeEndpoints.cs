using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Api.Schedule;

namespace RencontresAict.Api.Programme;

/// <summary>Anonymous, cached exports of the current edition: iCalendar feeds and the frab/c3voc schedule.</summary>
public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").CacheOutput(OutputCacheTags.ExportsPolicy).RequireCors(ApiOptions.CorsPolicy).WithTags("Exports");
        exports.MapGet(ProgrammeLinks.Programme, GetProgrammeAsync);
        exports.MapGet(ProgrammeLinks.SessionRoute, GetSessionAsync);
        exports.MapGet(ProgrammeLinks.Edition, GetEditionAsync);
        exports.MapGet(ProgrammeLinks.ScheduleJson, GetScheduleJsonAsync);
        exports.MapGet(ProgrammeLinks.ScheduleXml, GetScheduleXmlAsync);
        return app;
    }

    private static async Task<IResult> GetProgrammeAsync(HttpContext context, ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        await reader.ReadCurrentAsync(BaseUrl(context)) is { } programme
            ? Calendar(calendars.BuildSessions(programme, $"{programme.Edition.Title} — programme"))
            : NoEdition();

    private static async Task<IResult> GetSessionAsync(string contentItemId, HttpContext context, ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        await reader.ReadSessionAsync(contentItemId, BaseUrl(context)) is { Sessions: [var session] } programme
            ? Calendar(calendars.BuildSessions(programme, session.Title))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Séance introuvable.");

    private static async Task<IResult> GetEditionAsync(HttpContext context, ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        await reader.ReadCurrentAsync(BaseUrl(context)) is { } programme ? Calendar(calendars.BuildEdition(programme)) : NoEdition();

    private static async Task<IResult> GetScheduleJsonAsync(HttpContext context, ProgrammeReader reader) =>
        await reader.ReadCurrentAsync(BaseUrl(context)) is { } programme
            ? Results.Bytes(FrabScheduleJsonWriter.Write(FrabScheduleBuilder.Build(programme)), FrabScheduleJsonWriter.ContentType)
            : NoEdition();

    private static async Task<IResult> GetScheduleXmlAsync(HttpContext context, ProgrammeReader reader) =>
        await reader.ReadCurrentAsync(BaseUrl(context)) is { } programme
            ? Results.Bytes(FrabScheduleXmlWriter.Write(FrabScheduleBuilder.Build(programme), programme.BaseUrl + ProgrammeLinks.ScheduleXml), FrabScheduleXmlWriter.ContentType)
            : NoEdition();

    private static IResult Calendar(string text) => Results.Bytes(Encoding.UTF8.GetBytes(text), ProgrammeCalendarBuilder.ContentType);

    private static IResult NoEdition() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Aucune édition n'est publiée.");

    private static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
