using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TopLeft.BrowserTests.Branding;

/// <summary>Solid-colour PNGs made in code, so the browser has real images to decode.</summary>
internal static class LogoPng
{
    public static byte[] Create(int width, int height, byte red, byte green, byte blue)
    {
        var stride = 1 + (width * 3);
        var raw = new byte[height * stride];
        for (var i = 0; i < raw.Length; i++)
        {
            var x = i % stride;
            raw[i] = x == 0 ? (byte)0 : ((x - 1) % 3) switch { 0 => red, 1 => green, _ => blue };
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 2;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(MemoryStream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        var number = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        png.Write(number);
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(number, ~crc);
        png.Write(number);
    }
}
