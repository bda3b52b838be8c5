using System.Text.Json.Nodes;
using RencontresAict.Content.ContentLocalization;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Workflows.Models;

namespace RencontresAict.Conference.Editions;

/// <summary>
/// Makes the copies « Préparer l'édition suivante » stores: a content item as a new item (new ids, the widgets of its
/// flow included, unpublished, by the staff member who asked) and a workflow type under a new id. The copies keep
/// their links to reused items (venue, partners, formats); <see cref="RewriteLinks"/> points links to copied pages at
/// the copies.
/// </summary>
public sealed class EditionItemCopier(IdGenerator ids)
{
    /// <summary>
    /// The copy of <paramref name="source"/>; a copy in a localization set goes to a new set, the same for every copy of
    /// one original set (<paramref name="sets"/>: old set → new), so the copies of a page and of its translation stay a pair.
    /// </summary>
    public ContentItem Copy(ContentItem source, string author, IDictionary<string, string> sets)
    {
        var copy = source.Clone();
        copy.Id = 0;
        copy.DocumentVersion = 0;
        copy.ContentItemId = ids.GenerateUniqueId();
        copy.ContentItemVersionId = "";
        copy.Latest = true;
        copy.Published = false;
        copy.PublishedUtc = null;
        copy.CreatedUtc = null;
        copy.ModifiedUtc = null;
        copy.Owner = author;
        copy.Author = author;
        if (copy.GetPart(nameof(LocalizationPart)) is { } localization && JsonPaths.GetString(localization, "LocalizationSet") is { Length: > 0 } set)
        {
            localization["LocalizationSet"] = sets.TryGetValue(set, out var newSet) ? newSet : sets[set] = ids.GenerateUniqueId();
        }

        foreach (var widget in (JsonPaths.Get(copy.Content, "FlowPart", "Widgets") as JsonArray ?? []).OfType<JsonObject>())
        {
            widget["ContentItemId"] = ids.GenerateUniqueId();
            widget["ContentItemVersionId"] = ids.GenerateUniqueId();
        }

        return copy;
    }

    public WorkflowType Copy(WorkflowType source, string name, IReadOnlyDictionary<string, string> links)
    {
        var copy = new WorkflowType
        {
            WorkflowTypeId = ids.GenerateUniqueId(),
            Name = name,
            IsEnabled = source.IsEnabled,
            IsSingleton = source.IsSingleton,
            LockTimeout = source.LockTimeout,
            LockExpiration = source.LockExpiration,
            DeleteFinishedWorkflows = source.DeleteFinishedWorkflows,
            Transitions = source.Transitions.ToList(),
        };
        foreach (var activity in source.Activities)
        {
            var properties = (JsonObject)activity.Properties.DeepClone();
            RewriteLinks(properties, links);
            copy.Activities.Add(new ActivityRecord
            {
                ActivityId = activity.ActivityId, Name = activity.Name, X = activity.X, Y = activity.Y, IsStart = activity.IsStart, Properties = properties,
            });
        }

        return copy;
    }

    /// <summary>Replaces every string value equal to a key of <paramref name="links"/> ("/inscription/merci") by its value.</summary>
    public static void RewriteLinks(JsonNode? node, IReadOnlyDictionary<string, string> links)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue text && text.TryGetValue<string>(out var s) && links.TryGetValue(s, out var replacement))
                    {
                        obj[key] = replacement;
                    }
                    else
                    {
                        RewriteLinks(value, links);
                    }
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    RewriteLinks(value, links);
                }

                break;
        }
    }
}
