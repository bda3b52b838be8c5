using RencontresAict.Content.Documents;
using RencontresAict.Content.Liquid;

namespace RencontresAict.Content.Templates;

/// <summary>The <c>AdminTemplates</c> step: the same shape as <c>Templates</c>, kept in the admin's own document.</summary>
public sealed class AdminTemplatesStepHandler(DocumentSession session, LiquidTemplateManager liquid) : TemplatesStepHandler(session, liquid)
{
    public override string Name => "AdminTemplates";

    protected override string DocumentType => TemplateDocuments.Admin;
}
