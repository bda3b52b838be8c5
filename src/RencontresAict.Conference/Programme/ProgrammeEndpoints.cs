using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using RencontresAict.Api;
using RencontresAict.Conference.Schedule;

namespace RencontresAict.Conference.Programme;

/// <summary>
/// Anonymous, cached exports of the current edition: iCalendar feeds and the frab/c3voc schedule; every published
/// edition's programme feed and schedule also answer under its year (<c>/2022/programme.ics</c>, <c>/2022/schedule.json</c>).
/// </summary>
public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").CacheOutput(OutputCacheTags.ExportsPolicy).RequireCors(ApiOptions.CorsPolicy).WithTags("Exports");
        exports.MapGet(ProgrammeLinks.Programme, GetProgrammeAsync);
        exports.MapGet(ProgrammeLinks.EnglishProgramme, GetProgrammeAsync);
        exports.MapGet(ProgrammeLinks.SessionRoute, GetSessionAsync);
        exports.MapGet(ProgrammeLinks.Edition, GetEditionAsync);
        exports.MapGet(ProgrammeLinks.ScheduleJson, GetScheduleJsonAsync);
        exports.MapGet(ProgrammeLinks.ScheduleXml, GetScheduleXmlAsync);
        exports.MapGet(ProgrammeLinks.YearPrefix + ProgrammeLinks.Programme, GetYearProgrammeAsync);
        exports.MapGet(ProgrammeLinks.YearPrefix + ProgrammeLinks.ScheduleJson, GetYearScheduleJsonAsync);
        exports.MapGet(ProgrammeLinks.YearPrefix + ProgrammeLinks.ScheduleXml, GetYearScheduleXmlAsync);
        return app;
    }

    private static async Task<IResult> GetProgrammeAsync(ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        await reader.ReadCurrentAsync() is { } programme
            ? Calendar(calendars.BuildSessions(programme, $"{programme.Edition.Title} — programme"))
            : NoEdition();

    private static async Task<IResult> GetSessionAsync(string contentItemId, ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        await reader.ReadSessionAsync(contentItemId) is { Sessions: [var session] } programme
            ? Calendar(calendars.BuildSessions(programme, session.Title))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Séance introuvable.");

    private static async Task<IResult> GetEditionAsync(ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        await reader.ReadCurrentAsync() is { } programme ? Calendar(calendars.BuildEdition(programme)) : NoEdition();

    private static async Task<IResult> GetScheduleJsonAsync(ProgrammeReader reader) =>
        await reader.ReadCurrentAsync() is { } programme
            ? Results.Bytes(FrabScheduleJsonWriter.Write(FrabScheduleBuilder.Build(programme)), FrabScheduleJsonWriter.ContentType)
            : NoEdition();

    private static async Task<IResult> GetScheduleXmlAsync(ProgrammeReader reader) =>
        await reader.ReadCurrentAsync() is { } programme
            ? Results.Bytes(FrabScheduleXmlWriter.Write(FrabScheduleBuilder.Build(programme), programme.BaseUrl + ProgrammeLinks.ScheduleXml), FrabScheduleXmlWriter.ContentType)
            : NoEdition();

    private static async Task<IResult> GetYearProgrammeAsync(int year, ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        await reader.ReadYearAsync(year) is { } programme
            ? Calendar(calendars.BuildSessions(programme, $"{programme.Edition.Title} — programme"))
            : NoEditionThatYear();

    private static async Task<IResult> GetYearScheduleJsonAsync(int year, ProgrammeReader reader) =>
        await reader.ReadYearAsync(year) is { } programme
            ? Results.Bytes(FrabScheduleJsonWriter.Write(FrabScheduleBuilder.Build(programme)), FrabScheduleJsonWriter.ContentType)
            : NoEditionThatYear();

    private static async Task<IResult> GetYearScheduleXmlAsync(int year, ProgrammeReader reader) =>
        await reader.ReadYearAsync(year) is { } programme
            ? Results.Bytes(
                FrabScheduleXmlWriter.Write(FrabScheduleBuilder.Build(programme), $"{programme.BaseUrl}/{year}{ProgrammeLinks.ScheduleXml}"),
                FrabScheduleXmlWriter.ContentType)
            : NoEditionThatYear();

    private static IResult NoEditionThatYear() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Aucune édition publiée cette année-là.");

    private static IResult Calendar(string text) => Results.Bytes(Encoding.UTF8.GetBytes(text), ProgrammeCalendarBuilder.ContentType);

    private static IResult NoEdition() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Aucune édition n'est publiée.");
}
