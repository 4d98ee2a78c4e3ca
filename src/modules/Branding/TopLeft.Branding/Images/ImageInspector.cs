using System.Buffers.Binary;
using System.Text;

namespace TopLeft.Branding.Images;

/// <summary>
/// Recognises an image by its content (never its name or declared type) and reads the pixel size from its
/// header. Nothing is decoded: headers are enough to refuse a decompression bomb before any pixel exists,
/// and browsers decode what we then serve. No image library is needed for that, so none is taken on.
/// </summary>
internal static class ImageInspector
{
    public const string Accepted = "PNG, JPEG, WebP or ICO";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageInspection Inspect(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return ImageInspection.Refused("The file is empty.");
        }

        if (data.StartsWith(PngSignature))
        {
            return Png(data) is { } png ? ImageInspection.Accepted(png) : Damaged(ImageFormat.Png);
        }

        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return Jpeg(data) is { } jpeg ? ImageInspection.Accepted(jpeg) : Damaged(ImageFormat.Jpeg);
        }

        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return WebP(data) is { } webp ? ImageInspection.Accepted(webp) : Damaged(ImageFormat.WebP);
        }

        if (data.Length >= 6 && data[..4].SequenceEqual(new byte[] { 0, 0, 1, 0 }))
        {
            return Ico(data) is { } ico ? ImageInspection.Accepted(ico) : Damaged(ImageFormat.Ico);
        }

        return ImageInspection.Refused(Markup(data) switch
        {
            MarkupKind.Svg => "SVG files are not accepted: an SVG is a document that can carry scripts and links to other sites. "
                + $"Export the logo as {Accepted} instead.",
            MarkupKind.Text => $"This file is not an image (it contains text, such as HTML or script). Upload a {Accepted} file.",
            _ => $"This file is not a {Accepted} image.",
        });
    }

    private static ImageInspection Damaged(ImageFormat format) =>
        ImageInspection.Refused($"This {format.Name} file is damaged: its header could not be read.");

    // IHDR must be the first chunk (PNG spec 11.2.2), so the size sits at a fixed place.
    private static ImageHeader? Png(ReadOnlySpan<byte> data)
    {
        if (data.Length < 24 || BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13 || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return Sized(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    // Walks the marker segments up to the first start-of-frame; the frame header holds height then width.
    private static ImageHeader? Jpeg(ReadOnlySpan<byte> data)
    {
        var at = 2;
        while (at + 4 <= data.Length)
        {
            if (data[at] != 0xFF)
            {
                return null;
            }

            var marker = data[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            if (length < 2)
            {
                return null;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return at + 9 <= data.Length && length >= 7
                    ? Sized(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]))
                    : null;
            }

            at += 2 + length;
        }

        return null;
    }

    // The first chunk after "WEBP" is VP8 (lossy), VP8L (lossless) or VP8X (extended); each stores the size differently.
    private static ImageHeader? WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30)
        {
            return null;
        }

        var chunk = data.Slice(12, 4);
        var body = data[20..];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return body[3] == 0x9D && body[4] == 0x01 && body[5] == 0x2A
                ? Sized(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(body[6..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(body[8..]) & 0x3FFFu)
                : null;
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (body[0] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(body[1..]);
            return Sized(ImageFormat.WebP, (bits & 0x3FFFu) + 1, ((bits >> 14) & 0x3FFFu) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Sized(ImageFormat.WebP, ReadUInt24(body[4..]) + 1, ReadUInt24(body[7..]) + 1);
        }

        return null;
    }

    // An icon directory: every entry must point inside the file, and an embedded PNG is checked like any PNG, since
    // its own header (not the directory's one-byte sizes) is what a browser believes.
    private static ImageHeader? Ico(ReadOnlySpan<byte> data)
    {
        var count = BinaryPrimitives.ReadUInt16LittleEndian(data[4..]);
        if (count == 0 || data.Length < 6 + (16 * count))
        {
            return null;
        }

        ImageHeader? largest = null;
        for (var i = 0; i < count; i++)
        {
            var entry = data.Slice(6 + (16 * i), 16);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]);
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(entry[12..]);
            if (size < 8 || offset < 6 + (16u * count) || (ulong)offset + size > (ulong)data.Length)
            {
                return null;
            }

            var image = data.Slice((int)offset, (int)size);
            ImageHeader? found;
            if (image.StartsWith(PngSignature))
            {
                found = Png(image) is { } png ? new ImageHeader(ImageFormat.Ico, png.Width, png.Height) : null;
            }
            else
            {
                // A BMP without its file header: BITMAPINFOHEADER (40 bytes or a later, longer version).
                found = image.Length >= 40 && BinaryPrimitives.ReadUInt32LittleEndian(image) >= 40
                    ? new ImageHeader(ImageFormat.Ico, entry[0] == 0 ? 256 : entry[0], entry[1] == 0 ? 256 : entry[1])
                    : null;
            }

            if (found is null)
            {
                return null;
            }

            if (largest is null || (long)found.Width * found.Height > (long)largest.Width * largest.Height)
            {
                largest = found;
            }
        }

        return largest;
    }

    private static ImageHeader? Sized(ImageFormat format, uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : new ImageHeader(format, (int)width, (int)height);

    private static uint ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | ((uint)bytes[1] << 8) | ((uint)bytes[2] << 16);

    private enum MarkupKind
    {
        None,
        Text,
        Svg,
    }

    private static MarkupKind Markup(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, 4096)];
        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            head = head[3..];
        }

        var text = Encoding.UTF8.GetString(head).TrimStart();
        if (text.Contains("<svg", StringComparison.OrdinalIgnoreCase))
        {
            return MarkupKind.Svg;
        }

        var printable = text.Count(c => !char.IsControl(c) || char.IsWhiteSpace(c));
        return text.Length > 0 && (text[0] == '<' || printable >= text.Length * 0.95) ? MarkupKind.Text : MarkupKind.None;
    }
}
