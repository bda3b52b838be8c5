using RencontresAict.Admin.Publishing;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RencontresAict.Admin.Layers;
using RencontresAict.Content.ContentManagement;
using RencontresAict.Content.Documents;
using RencontresAict.Content.Layers;
using RencontresAict.Content.Recipes.Steps;
using RencontresAict.Content.Security;

namespace RencontresAict.Admin.Pages.Layers;

/// <summary>
/// The layers (name, rule, description; a rule is checked with the layer engine before it is saved, and a refused one
/// stays in its box with the line and column of the fault) and, zone by zone, the widgets placed in them: add one of
/// any widget type (the content editor opens with its zone and layer set), edit it, move it up or down, remove it.
/// </summary>
public sealed class IndexModel(LayerWidgets widgets, ContentManager contents, DocumentSession session, IdGenerator ids,
    PublicPagesEviction eviction) : AdminPageModel
{
    [BindProperty]
    public LayerInput Layer { get; set; } = new();

    [BindProperty]
    public string Widget { get; set; } = "";

    public JsonObject Layers { get; private set; } = [];

    public IReadOnlyList<LayerWidget> Widgets { get; private set; } = [];

    public IReadOnlyList<string> Zones { get; private set; } = [];

    public IReadOnlyList<(string Name, string DisplayName)> WidgetTypes { get; private set; } = [];

    /// <summary>The layer whose rule was refused, and why (its box shows what was typed).</summary>
    public string? RefusedLayer { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await CanAsync(Permissions.ManageLayers) ? await ShowAsync() : Forbid();

    /// <summary>« Ajouter » in a zone: opens the editor of a new widget of the chosen type, placed in that zone and layer.</summary>
    public async Task<IActionResult> OnGetNewWidgetAsync(string type, string zone, string layer)
    {
        if (!await CanAsync(Permissions.ManageLayers))
        {
            return Forbid();
        }

        return Redirect($"/admin/contents/{Uri.EscapeDataString(type)}/edit?Zone={Uri.EscapeDataString(zone)}&Layer={Uri.EscapeDataString(layer)}");
    }

    public async Task<IActionResult> OnPostSaveLayerAsync()
    {
        if (!await CanAsync(Permissions.ManageLayers))
        {
            return Forbid();
        }

        var name = Layer.Name?.Trim() ?? "";
        var script = Layer.Rule?.Trim() ?? "";
        var refusal = name.Length is 0 or > 100 ? T["Une couche a besoin d'un nom (100 caractères au plus)."]
            : script.Length is 0 or > 2000 ? T["La règle de la couche « {0} » est vide ou trop longue (2 000 caractères au plus).", name]
            : LayerScript.Check(script) is { } error ? Describe(name, error) : null;
        if (refusal is not null)
        {
            RefusedLayer = Layer.IsNew ? "" : name;
            Error = refusal;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync();
        }

        await KeyedStepDocument.MergeAsync(session, LayersStepHandler.DocumentType,
            [(name, LayerRuleScript.WithScript(name, Layer.Description?.Trim(), script, ids.GenerateUniqueId))]);
        eviction.AfterCommit();
        await session.SaveChangesAsync();
        Flash(T["La couche « {0} » est enregistrée.", name]);
        return Redirect("/admin/layers");
    }

    /// <summary>« Supprimer la couche »: refused, with the widgets that still use it, until none does (Orchard's rule).</summary>
    public async Task<IActionResult> OnPostDeleteLayerAsync()
    {
        if (!await CanAsync(Permissions.ManageLayers))
        {
            return Forbid();
        }

        var name = Layer.Name?.Trim() ?? "";
        eviction.AfterCommit();
        switch (await widgets.DeleteLayerAsync(name))
        {
            case null:
                return NotFound();
            case { Count: 0 }:
                Flash(T["La couche « {0} » a été supprimée.", name]);
                return Redirect("/admin/layers");
            case var users:
                Error = T["La couche « {0} » n'est pas supprimée : ces widgets l'utilisent encore : {1}. Retirez-les ou placez-les dans une autre couche d'abord.",
                    name, string.Join(", ", users.Select(w => T["« {0} » (zone {1})", w.Text, w.Zone]))];
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return await ShowAsync();
        }
    }

    public Task<IActionResult> OnPostUpAsync() => MoveAsync(-1);

    public Task<IActionResult> OnPostDownAsync() => MoveAsync(+1);

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (await contents.GetAsync(Widget, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.ManageLayers) || !await CanAsync(Permissions.DeleteContent, item))
        {
            return Forbid();
        }

        await contents.RemoveAsync(item);
        await session.SaveChangesAsync();
        Flash(T["Le widget « {0} » a été retiré.", item.DisplayText ?? item.ContentType]);
        return Redirect("/admin/layers");
    }

    private async Task<IActionResult> MoveAsync(int by)
    {
        if (await contents.GetAsync(Widget, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.ManageLayers) || !await CanAsync(Permissions.EditContent, item))
        {
            return Forbid();
        }

        await widgets.MoveAsync(Widget, by);
        Flash(T["Le widget « {0} » a été déplacé.", item.DisplayText ?? item.ContentType]);
        return Redirect("/admin/layers");
    }

    private async Task<IActionResult> ShowAsync()
    {
        Layers = await widgets.LayersAsync();
        Widgets = await widgets.ListAsync();
        Zones = await widgets.ZonesAsync(Widgets);
        WidgetTypes = (await widgets.WidgetTypesAsync()).Select(t => (t.Name, t.DisplayName.Length > 0 ? t.DisplayName : t.Name)).ToList();
        return Page();
    }

    private string Describe(string layer, LayerScriptError error) => error.Kind switch
    {
        LayerScriptErrorKind.Syntax => T["La règle de la couche « {0} » ne peut pas être lue : ligne {1}, colonne {2} ({3}).", layer, error.Line, error.Column, error.Detail],
        LayerScriptErrorKind.Runtime => T["La règle de la couche « {0} » échoue : ligne {1}, colonne {2} ({3}). Fonctions connues : isHomepage(), url('/chemin*'), culture('fr'), isAnonymous(), isAuthenticated().", layer, error.Line, error.Column, error.Detail],
        LayerScriptErrorKind.NotBoolean => T["La règle de la couche « {0} » doit répondre true ou false, pas « {1} ».", layer, error.Detail],
        _ => T["La règle de la couche « {0} » est trop longue à évaluer.", layer],
    };
}
