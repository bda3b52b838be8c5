using System.Security.Claims;
using RencontresAict.Admin.Publishing;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Editing;

/// <summary>
/// What the editor's buttons do, each in one transaction: save a draft, publish, publish later, unpublish, delete,
/// restore a version. A form carries the version id and document stamp it was made from; when the latest version has
/// changed since, nothing is written and the caller shows who changed it.
/// </summary>
public sealed class ContentEditingService(
    ContentManager contents,
    ContentEditorBuilder editors,
    DocumentSession session,
    PublishScheduleStore schedules)
{
    public async Task<ContentItem> NewAsync(string contentType, ClaimsPrincipal user)
    {
        var item = await contents.NewAsync(contentType);
        item.Owner = PermissionService.UserIdOf(user);
        item.Author = user.Identity?.Name;
        return item;
    }

    /// <summary>
    /// Saves the form over the latest version (<paramref name="latest"/>, or a new item of <paramref name="contentType"/> when
    /// null), as a draft or published, unless that version is no longer the one the form was made from.
    /// </summary>
    public Task<EditResult> SaveAsync(
        ContentItem? latest, string contentType, EditorForm form, string? versionId, long stamp, ClaimsPrincipal user, bool publish) =>
        SaveAsync(latest, contentType, item => editors.ApplyAsync(item, form), versionId, stamp, user, publish);

    /// <summary>
    /// The same save, for a module's own editor that changes the item in code (the Forms module's element editor):
    /// <paramref name="change"/> edits the working version and returns what it refused; the draft, publication and
    /// version check are this service's, so such an editor cannot write over someone else's version.
    /// </summary>
    public async Task<EditResult> SaveAsync(
        ContentItem? latest, string contentType, Func<ContentItem, Task<IReadOnlyList<ContentValidationError>>> change,
        string? versionId, long stamp, ClaimsPrincipal user, bool publish)
    {
        if (latest is not null && IsStale(latest, versionId, stamp))
        {
            // The posted values are shown again (on a copy that is never saved) so the editor can keep them.
            var posted = latest.Clone();
            await change(posted);
            return await ConflictAsync(posted);
        }

        var working = latest is null ? await NewAsync(contentType, user) : latest.Published ? await contents.NewVersionAsync(latest) : latest;
        working.Author = user.Identity?.Name;
        var errors = await change(working);
        if (errors.Count > 0)
        {
            await session.RollbackAsync();
            return new EditResult(working, errors);
        }

        try
        {
            if (latest is null)
            {
                await contents.CreateAsync(working, publish);
            }
            else
            {
                await contents.SaveDraftAsync(working);
                if (publish)
                {
                    await contents.PublishAsync(working);
                }
            }

            if (publish)
            {
                await schedules.CancelAsync(working.ContentItemId);
            }

            await session.SaveChangesAsync();
            return new EditResult(working, []);
        }
        catch (ContentValidationException exception)
        {
            await session.RollbackAsync();
            return new EditResult(working, exception.Errors);
        }
        catch (ContentConcurrencyException)
        {
            await session.RollbackAsync();
            return await ConflictAsync(working);
        }
    }

    /// <summary>
    /// Saves the draft, changed by <paramref name="change"/> as <see cref="SaveAsync(ContentItem?, string, Func{ContentItem, Task{IReadOnlyList{ContentValidationError}}}, string?, long, ClaimsPrincipal, bool)"/>
    /// does (a new item's placement included), and schedules it for publication at <paramref name="publishAtUtc"/>.
    /// </summary>
    public async Task<EditResult> ScheduleAsync(
        ContentItem? latest, string contentType, Func<ContentItem, Task<IReadOnlyList<ContentValidationError>>> change,
        string? versionId, long stamp, ClaimsPrincipal user, DateTime publishAtUtc)
    {
        var result = await SaveAsync(latest, contentType, change, versionId, stamp, user, publish: false);
        if (result.Succeeded)
        {
            await schedules.ScheduleAsync(result.Item.ContentItemId, result.Item.ContentItemVersionId, publishAtUtc, user.Identity?.Name);
            await session.SaveChangesAsync();
        }

        return result;
    }

    public async Task<ContentItem?> UnpublishAsync(ContentItem latest, string? versionId, long stamp)
    {
        if (IsStale(latest, versionId, stamp))
        {
            return await ReloadAsync(latest);
        }

        await contents.UnpublishAsync(latest);
        await schedules.CancelAsync(latest.ContentItemId);
        await session.SaveChangesAsync();
        return null;
    }

    public async Task<ContentItem?> DeleteAsync(ContentItem latest, string? versionId, long stamp)
    {
        if (IsStale(latest, versionId, stamp))
        {
            return await ReloadAsync(latest);
        }

        await contents.RemoveAsync(latest);
        await schedules.CancelAsync(latest.ContentItemId);
        await session.SaveChangesAsync();
        return null;
    }

    /// <summary>Makes a new draft from an older version; the published version stays live until the draft is published.</summary>
    public async Task<ContentItem> RestoreAsync(ContentItem version, ClaimsPrincipal user)
    {
        var draft = await contents.NewVersionAsync(version);
        draft.Author = user.Identity?.Name;
        await contents.UpdateAsync(draft);
        await session.SaveChangesAsync();
        return draft;
    }

    private static bool IsStale(ContentItem latest, string? versionId, long stamp) =>
        latest.ContentItemVersionId != versionId || latest.DocumentVersion != stamp;

    private async Task<EditResult> ConflictAsync(ContentItem item)
    {
        var current = await ReloadAsync(item);
        return new EditResult(item, [], current ?? item);
    }

    private async Task<ContentItem?> ReloadAsync(ContentItem item) => await contents.Store.GetAsync(item.ContentItemId, published: false);
}
