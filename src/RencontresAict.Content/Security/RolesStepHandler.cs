using System.Text.Json.Nodes;
using RencontresAict.Content.Recipes;

namespace RencontresAict.Content.Security;

/// <summary>
/// The <c>Roles</c> step as Orchard's RolesStep: each of <c>Roles</c> creates or updates a role by name; its
/// <c>Permissions</c> replace the role's (<c>PermissionBehavior</c> "Replace", the default), are added ("Add") or taken
/// away ("Remove"). The Administrator role's permissions are never changed: it may do everything.
/// </summary>
public sealed class RolesStepHandler(RoleStore store) : IRecipeStepHandler
{
    public string Name => "Roles";

    public async Task ExecuteAsync(JsonObject step, RecipeExecutionContext context)
    {
        var (key, value) = RecipeJson.Find(step, "Roles");
        var rolesPath = RecipeJson.PathOf(context.StepPath, key ?? "Roles");
        if (value is not JsonArray list)
        {
            throw new RecipeStepException(rolesPath, "'Roles' must be a JSON array.");
        }

        var document = await store.GetAsync();
        for (var i = 0; i < list.Count; i++)
        {
            var path = RecipeJson.PathOf(rolesPath, i);
            if (list[i] is not JsonObject entry)
            {
                throw new RecipeStepException(path, "A role must be a JSON object.");
            }

            var name = RecipeJson.AsString(RecipeJson.Property(entry, "Name"));
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeStepException(path + ".Name", "A role needs a 'Name'.");
            }

            var role = document.Roles.Find(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
            if (role is null)
            {
                role = new RoleRecord { Name = name };
                document.Roles.Add(role);
            }

            if (RecipeJson.AsString(RecipeJson.Property(entry, "Description")) is { } description)
            {
                role.Description = description;
            }

            if (!string.Equals(role.Name, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase))
            {
                role.Permissions = Apply(role.Permissions, entry, path);
            }
        }

        await store.SaveAsync(document);
    }

    private static List<string> Apply(List<string> current, JsonObject entry, string path)
    {
        var given = RecipeJson.Strings(RecipeJson.Property(entry, "Permissions"))
            ?? throw new RecipeStepException(path + ".Permissions", "'Permissions' must be an array of permission names.");
        var behavior = RecipeJson.AsString(RecipeJson.Property(entry, "PermissionBehavior")) ?? "Replace";
        return behavior.ToUpperInvariant() switch
        {
            "REPLACE" => given.Distinct(StringComparer.Ordinal).ToList(),
            "ADD" => current.Union(given, StringComparer.Ordinal).ToList(),
            "REMOVE" => current.Except(given, StringComparer.Ordinal).ToList(),
            _ => throw new RecipeStepException(path + ".PermissionBehavior", $"Unknown PermissionBehavior '{behavior}': use Replace, Add or Remove."),
        };
    }
}
