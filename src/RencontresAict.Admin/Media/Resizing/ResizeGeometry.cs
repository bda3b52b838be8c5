namespace RencontresAict.Admin.Media.Resizing;

/// <summary>
/// Where the source goes in the resized image: the part of the source kept (<see cref="Source"/>), the rectangle it is
/// drawn into (<see cref="Target"/>) and the canvas size. An image is never enlarged beyond its own pixels, except by
/// Stretch and Pad, which promise an exact box.
/// </summary>
public sealed record ResizeGeometry(int CanvasWidth, int CanvasHeight, (float X, float Y, float Width, float Height) Source, (float X, float Y, float Width, float Height) Target)
{
    public static ResizeGeometry For(int sourceWidth, int sourceHeight, MediaResizeRequest request)
    {
        var whole = (0f, 0f, (float)sourceWidth, (float)sourceHeight);
        if (request.Width is null || request.Height is null)
        {
            var scale = Math.Min(1d, request.Width is { } w ? (double)w / sourceWidth : (double)request.Height!.Value / sourceHeight);
            return Fitted(sourceWidth, sourceHeight, scale);
        }

        double boxWidth = request.Width.Value, boxHeight = request.Height.Value;
        var fit = Math.Min(boxWidth / sourceWidth, boxHeight / sourceHeight);
        var fill = Math.Max(boxWidth / sourceWidth, boxHeight / sourceHeight);
        switch (request.Mode)
        {
            case MediaResizeMode.Max:
                return Fitted(sourceWidth, sourceHeight, Math.Min(fit, 1));
            case MediaResizeMode.Min:
                return Fitted(sourceWidth, sourceHeight, Math.Min(fill, 1));
            case MediaResizeMode.Stretch:
                return new(request.Width.Value, request.Height.Value, whole, (0, 0, request.Width.Value, request.Height.Value));
            case MediaResizeMode.Pad:
            case MediaResizeMode.BoxPad:
                var scale = request.Mode == MediaResizeMode.BoxPad ? Math.Min(fit, 1) : fit;
                float drawnWidth = (float)(sourceWidth * scale), drawnHeight = (float)(sourceHeight * scale);
                return new(request.Width.Value, request.Height.Value, whole,
                    ((float)(boxWidth - drawnWidth) / 2, (float)(boxHeight - drawnHeight) / 2, drawnWidth, drawnHeight));
            default:
                // Crop: the box's ratio cut from the centre of the source; a source smaller than the box gives a smaller image.
                var shrink = Math.Max(fill, 1);
                float keptWidth = (float)(boxWidth / fill), keptHeight = (float)(boxHeight / fill);
                int outWidth = Math.Max(1, (int)Math.Round(boxWidth / shrink)), outHeight = Math.Max(1, (int)Math.Round(boxHeight / shrink));
                return new(outWidth, outHeight, ((sourceWidth - keptWidth) / 2, (sourceHeight - keptHeight) / 2, keptWidth, keptHeight), (0, 0, outWidth, outHeight));
        }
    }

    private static ResizeGeometry Fitted(int sourceWidth, int sourceHeight, double scale)
    {
        int width = Math.Max(1, (int)Math.Round(sourceWidth * scale)), height = Math.Max(1, (int)Math.Round(sourceHeight * scale));
        return new(width, height, (0, 0, sourceWidth, sourceHeight), (0, 0, width, height));
    }
}
