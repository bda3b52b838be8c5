namespace RencontresAict.Content.Templates;

/// <summary>The two documents Orchard's Templates module keeps: the site's templates and the admin's.</summary>
public static class TemplateDocuments
{
    /// <summary>Templates of the public site (the <c>Templates</c> step); they win over the theme's files.</summary>
    public const string Site = "Templates";

    /// <summary>Templates of the admin theme (the <c>AdminTemplates</c> step); kept and exported, the admin pages are Razor.</summary>
    public const string Admin = "AdminTemplates";
}
