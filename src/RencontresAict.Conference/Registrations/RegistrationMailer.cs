using System.Globalization;
using Microsoft.AspNetCore.Http;
using RencontresAict.Content.Documents;
using RencontresAict.Workflows.Email;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Queues a registration's e-mail in the durable outbox (in the scope's transaction) and notes it in
/// RegistrationMessageIndex, so the admin lists the e-mails of each registration with their delivery state.
/// </summary>
public sealed class RegistrationMailer(RegistrationEmailBuilder builder, EmailOutbox outbox, DocumentSession session, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Throws <see cref="EmailValidationException"/> when the outbox refuses the message (no or bad address).</summary>
    public async Task<OutboxMessage> QueueAsync(WorkflowExecutionContext workflow, ActivityContext activity)
    {
        var message = await outbox.EnqueueAsync(await builder.BuildAsync(workflow, activity));
        if (RegistrationProperties.RegistrationId(workflow) is { } registrationId)
        {
            await session.ExecuteAsync(
                """
                INSERT INTO RegistrationMessageIndex (ContentItemId, MessageId, Subject, Actor, CreatedUtc)
                VALUES (@registrationId, @MessageId, @Subject, @actor, @now)
                """,
                new
                {
                    registrationId,
                    message.MessageId,
                    message.Subject,
                    actor = http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "",
                    now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                });
        }

        return message;
    }
}
