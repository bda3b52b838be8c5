using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace RencontresAict.Admin.Media.Resizing;

/// <summary>
/// Resizes JPEG, PNG and WebP images with SkiaSharp. The source's size is read from its header before any pixel is
/// decoded: an image over <see cref="MediaOptions.MaxSourcePixels"/> is refused (a small file can claim a huge canvas).
/// Only a few images are resized at once (one per core), so a burst of new sizes cannot take the server's memory.
/// </summary>
public sealed class MediaImageResizer(IOptions<MediaOptions> options, ILogger<MediaImageResizer> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(Math.Max(1, Environment.ProcessorCount));

    public void Dispose() => _gate.Dispose();

    /// <summary>Writes the resized image of <paramref name="sourcePath"/> to <paramref name="output"/>; false when refused.</summary>
    public async Task<bool> ResizeAsync(string sourcePath, MediaResizeRequest request, SKEncodedImageFormat format, Stream output, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Resize(sourcePath, request, format, output);
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool Resize(string sourcePath, MediaResizeRequest request, SKEncodedImageFormat format, Stream output)
    {
        using var codec = SKCodec.Create(sourcePath);
        if (codec is null)
        {
            logger.LogWarning("Media {Path} could not be read as an image: not resized.", Path.GetFileName(sourcePath));
            return false;
        }

        if ((long)codec.Info.Width * codec.Info.Height > options.Value.MaxSourcePixels)
        {
            logger.LogWarning("Media {Path} is {Width}x{Height} pixels, over the {Max} a resized image may come from: refused.",
                Path.GetFileName(sourcePath), codec.Info.Width, codec.Info.Height, options.Value.MaxSourcePixels);
            return false;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return false;
        }

        using var source = Oriented(decoded, codec.EncodedOrigin);
        var geometry = ResizeGeometry.For(source.Width, source.Height, request);
        using var surface = SKSurface.Create(new SKImageInfo(geometry.CanvasWidth, geometry.CanvasHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(format == SKEncodedImageFormat.Jpeg ? SKColors.White : SKColors.Transparent);
        using var image = SKImage.FromBitmap(source);
        var (sx, sy, sw, sh) = geometry.Source;
        var (tx, ty, tw, th) = geometry.Target;
        canvas.DrawImage(image, SKRect.Create(sx, sy, sw, sh), SKRect.Create(tx, ty, tw, th), new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(format, request.Quality ?? options.Value.ResizedQuality);
        data.SaveTo(output);
        return true;
    }

    /// <summary>The bitmap turned upright as its EXIF orientation says (phone photos are often stored sideways).</summary>
    private static SKBitmap Oriented(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        if (degrees == 0)
        {
            return bitmap.Copy();
        }

        var sideways = degrees != 180;
        var rotated = new SKBitmap(sideways ? bitmap.Height : bitmap.Width, sideways ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(rotated);
        canvas.Translate(rotated.Width / 2f, rotated.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), null);
        return rotated;
    }
}
