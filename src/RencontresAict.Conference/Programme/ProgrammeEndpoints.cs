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
/// « Mon programme » (<c>/mon-programme.ics?sessions=…</c>) is the programme cut to the sessions a visitor marked.
/// </summary>
public static class ProgrammeEndpoints
{
    /// <summary>HEAD answers as GET does (headers, no body): calendar clients check a feed before subscribing.</summary>
    private static readonly string[] _getAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>The most sessions « Mon programme » may name: more than any edition holds.</summary>
    private const int MaxSelection = 200;

    public static IEndpointRouteBuilder MapProgrammeExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").CacheOutput(OutputCacheTags.ExportsPolicy).RequireCors(ApiOptions.CorsPolicy).WithTags("Exports");
        exports.MapMethods(ProgrammeLinks.Programme, _getAndHead, GetProgrammeAsync);
        exports.MapMethods(ProgrammeLinks.EnglishProgramme, _getAndHead, GetProgrammeAsync);
        exports.MapMethods(ProgrammeLinks.SessionRoute, _getAndHead, GetSessionAsync);
        exports.MapMethods(ProgrammeLinks.Edition, _getAndHead, GetEditionAsync);
        exports.MapMethods(ProgrammeLinks.Selection, _getAndHead, GetSelectionAsync);
        exports.MapMethods(ProgrammeLinks.EnglishSelection, _getAndHead, GetSelectionAsync);
        exports.MapMethods(ProgrammeLinks.ScheduleJson, _getAndHead, GetScheduleJsonAsync);
        exports.MapMethods(ProgrammeLinks.ScheduleXml, _getAndHead, GetScheduleXmlAsync);
        exports.MapMethods(ProgrammeLinks.YearPrefix + ProgrammeLinks.Programme, _getAndHead, GetYearProgrammeAsync);
        exports.MapMethods(ProgrammeLinks.YearPrefix + ProgrammeLinks.Selection, _getAndHead, GetYearSelectionAsync);
        exports.MapMethods(ProgrammeLinks.YearPrefix + ProgrammeLinks.ScheduleJson, _getAndHead, GetYearScheduleJsonAsync);
        exports.MapMethods(ProgrammeLinks.YearPrefix + ProgrammeLinks.ScheduleXml, _getAndHead, GetYearScheduleXmlAsync);
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

    /// <summary>
    /// « Mon programme »: the sessions the visitor marked in their browser (<c>?sessions=id,id</c>), of the current edition,
    /// as one calendar. Nothing is stored: the list lives in the browser and comes with each download.
    /// </summary>
    private static async Task<IResult> GetSelectionAsync(HttpRequest request, string? sessions, ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        Selection(await reader.ReadCurrentAsync(), sessions, calendars, request);

    private static async Task<IResult> GetYearSelectionAsync(HttpRequest request, int year, string? sessions, ProgrammeReader reader, ProgrammeCalendarBuilder calendars) =>
        Selection(await reader.ReadYearAsync(year), sessions, calendars, request);

    /// <summary>
    /// The marked sessions still on the programme. None (nothing marked, or only sessions since taken off) gives a valid
    /// calendar with no event rather than an error: the visitor asked for a calendar file, and their calendar app takes
    /// it; the programme page only offers the download once a session is marked. The file is named as the address
    /// ends (mon-programme.ics, my-programme.ics under /en).
    /// </summary>
    private static IResult Selection(ProgrammeSnapshot? programme, string? sessions, ProgrammeCalendarBuilder calendars, HttpRequest request)
    {
        if (programme is null)
        {
            return NoEdition();
        }

        var ids = (sessions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxSelection).ToHashSet(StringComparer.Ordinal);
        var marked = programme.Sessions.Where(s => ids.Contains(s.ContentItemId)).ToList();
        return Results.Bytes(
            Encoding.UTF8.GetBytes(calendars.BuildSelection(programme, marked)), ProgrammeCalendarBuilder.ContentType, Path.GetFileName(request.Path.Value));
    }

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
