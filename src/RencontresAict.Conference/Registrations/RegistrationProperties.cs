using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Text;
using RencontresAict.Workflows.Services;

namespace RencontresAict.Conference.Registrations;

/// <summary>
/// Puts a registration in the workflow's variables, for e-mail templates and later activities:
/// <c>Workflow.Properties.RegistrationId</c>, <c>Email</c>, <c>Civility</c>, <c>FirstName</c>, <c>LastName</c>,
/// <c>Status</c>, <c>Culture</c> (the registrant's language: the steps' texts in it, see ActivityContext) and
/// <c>Edition</c> (Title, Dates, Times, VenueName, VenueAddress, Website, ContactEmail, ContactPhone, in that language).
/// Names are given without bidirectional controls and the address without invisible characters, whenever they were stored.
/// </summary>
public static class RegistrationProperties
{
    public static void Apply(WorkflowExecutionContext workflow, ContentItem registration, EditionFacts? edition)
    {
        workflow.Properties["RegistrationId"] = registration.ContentItemId;
        foreach (var field in new[] { "Email", "Civility", "FirstName", "LastName", "Status" })
        {
            var value = RegistrationFactory.Text(registration, field);
            workflow.Properties[field] = field == "Email" ? TextNormalizer.WithoutInvisibles(value) : TextNormalizer.WithoutBidiControls(value);
        }

        var culture = RegistrationFactory.Culture(registration);
        if (culture is null)
        {
            workflow.Properties.Remove(WorkflowExecutionContext.CultureProperty);
        }
        else
        {
            workflow.Properties[WorkflowExecutionContext.CultureProperty] = culture;
        }

        if (edition is not null)
        {
            workflow.Properties["Edition"] = edition.ToTemplateValues(culture);
        }
    }

    /// <summary>The registration the workflow is about: the variable RegistrationId, else the correlation id.</summary>
    public static string? RegistrationId(WorkflowExecutionContext workflow) =>
        WorkflowValues.ToText(workflow.Properties.GetValueOrDefault("RegistrationId")) is { Length: > 0 } id ? id
        : workflow.CorrelationId.Length > 0 ? workflow.CorrelationId : null;

    public static string? EditionId(ContentItem registration) =>
        JsonPaths.GetStrings(registration.Content, RegistrationIndexProvider.ContentType, "Edition", "ContentItemIds") is [var first, ..] ? first : null;
}
