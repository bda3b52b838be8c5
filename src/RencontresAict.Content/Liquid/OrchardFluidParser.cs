using Fluid;
using Fluid.Ast;
using Microsoft.Extensions.DependencyInjection;

namespace RencontresAict.Content.Liquid;

/// <summary>
/// Orchard's Liquid tags that its shipped templates use: <c>{% zone "Header" %}…{% endzone %}</c> sends its content to
/// a zone of the layout (<see cref="LayoutZones"/>), and <c>{% shape "Name", Key: value %}</c> renders the template of
/// that shape (<c>Name</c>, or <c>X__Y</c> as the file <c>X-Y</c>) with the named arguments as its Model.
/// </summary>
public sealed class OrchardFluidParser : FluidParser
{
    public OrchardFluidParser(FluidParserOptions options)
        : base(options)
    {
        RegisterExpressionBlock("zone", async (expression, statements, writer, encoder, context) =>
        {
            var zone = (await expression.EvaluateAsync(context)).ToStringValue();
            await using var content = new StringWriter();
            foreach (var statement in statements)
            {
                await statement.WriteToAsync(content, encoder, context);
            }

            if (context is LiquidTemplateContext { Services: var services } && services.GetService<LayoutZones>() is { } zones)
            {
                zones.Add(zone, content.ToString());
            }

            return Completion.Normal;
        });

        RegisterParserTag("shape", ArgumentsList, async (arguments, writer, encoder, context) =>
        {
            if (arguments.Count == 0 || context is not LiquidTemplateContext liquid)
            {
                return Completion.Normal;
            }

            var name = (await arguments[0].Expression.EvaluateAsync(context)).ToStringValue();
            var model = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var argument in arguments.Skip(1).Where(a => !string.IsNullOrEmpty(a.Name)))
            {
                model[argument.Name] = (await argument.Expression.EvaluateAsync(context)).ToObjectValue();
            }

            var globals = context.AmbientValues.TryGetValue(ContentDisplayManager.GlobalsKey, out var value)
                ? value as IReadOnlyDictionary<string, object?>
                : null;
            var html = await liquid.Services.GetRequiredService<ContentDisplayManager>().RenderViewAsync(ShapeNames.ToFileName(name), model, globals);
            await writer.WriteAsync(html ?? "");
            return Completion.Normal;
        });
    }
}
