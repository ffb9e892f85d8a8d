// Draws the Teams app icons (color.png 192×192, outline.png 32×32) for BackSpasmBot: a spine of three vertebrae
// inside a chat bubble. Deterministic: the same PNG bytes on every run. Run from the repository root:
//   dotnet run appPackage/draw-icons.cs
// The PNGs are committed; run this only to change the drawing.
using System.Buffers.Binary;
using System.IO.Compression;

var folder = Path.GetDirectoryName(Path.GetFullPath(args.Length > 0 ? args[0] : "appPackage/manifest.json"))!;

// Colour icon: white bubble and spine on a full teal background (Teams adds its own rounding).
File.WriteAllBytes(Path.Combine(folder, "color.png"), Png.Encode(192, 192, Icon.Draw(192, outline: false)));

// Outline icon: white strokes only, on transparency, as Teams requires.
File.WriteAllBytes(Path.Combine(folder, "outline.png"), Png.Encode(32, 32, Icon.Draw(32, outline: true)));
Console.WriteLine($"Wrote color.png and outline.png to {folder}");

static class Icon
{
    private static readonly (byte R, byte G, byte B) Teal = (0x0E, 0x7C, 0x86);

    /// <summary>RGBA pixels, drawn in a 1×1 design space and 4×4 supersampled.</summary>
    public static byte[] Draw(int size, bool outline)
    {
        var pixels = new byte[size * size * 4];
        const int samples = 4;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                double white = 0;
                for (var sy = 0; sy < samples; sy++)
                {
                    for (var sx = 0; sx < samples; sx++)
                    {
                        var u = (x + (sx + 0.5) / samples) / size;
                        var v = (y + (sy + 0.5) / samples) / size;
                        white += Ink(u, v, outline, size) ? 1 : 0;
                    }
                }

                white /= samples * samples;
                var i = (y * size + x) * 4;
                if (outline)
                {
                    pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
                    pixels[i + 3] = (byte)Math.Round(white * 255);
                }
                else
                {
                    pixels[i] = Mix(Teal.R, 255, white);
                    pixels[i + 1] = Mix(Teal.G, 255, white);
                    pixels[i + 2] = Mix(Teal.B, 255, white);
                    pixels[i + 3] = 255;
                }
            }
        }

        return pixels;
    }

    private static byte Mix(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t));

    /// <summary>Whether a point of the design (0..1 both ways) is white.</summary>
    private static bool Ink(double u, double v, bool outline, int size)
    {
        // The bubble: a rounded rectangle with a tail at the lower left.
        const double left = 0.14, right = 0.86, top = 0.14, bottom = 0.72, radius = 0.14;
        var stroke = outline ? 1.0 / size : 0.035;
        var bubble = RoundedBox(u, v, left, top, right, bottom, radius);
        var tail = Triangle(u, v, (0.26, 0.68), (0.44, 0.68), (0.22, 0.88));
        var inBubble = bubble <= 0 || tail;
        var onBubbleEdge = Math.Abs(bubble) <= stroke && !(tail && bubble > 0);
        var onTailEdge = tail && bubble > stroke && TriangleEdge(u, v, (0.26, 0.68), (0.44, 0.68), (0.22, 0.88)) <= stroke;

        // The spine: four vertebrae, widening downwards, on a gentle S-curve like a back in spasm.
        var spine = false;
        (double Cx, double Cy, double HalfWidth)[] vertebrae = outline
            ? [(0.47, 0.30, 0.13), (0.53, 0.50, 0.15)]
            : [(0.47, 0.245, 0.10), (0.52, 0.355, 0.115), (0.53, 0.465, 0.13), (0.48, 0.575, 0.14)];
        var halfHeight = outline ? 0.07 : 0.038;
        foreach (var (cx, cy, halfWidth) in vertebrae)
        {
            var d = RoundedBox(u, v, cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight, halfHeight * 0.9);
            spine |= outline ? Math.Abs(d) <= stroke : d <= 0;
        }

        if (outline)
        {
            return onBubbleEdge || onTailEdge || spine;
        }

        // Colour: a white bubble outline with a white spine inside it.
        return (inBubble && (onBubbleEdge || onTailEdge)) || spine;
    }

    /// <summary>Signed distance to a rounded rectangle: negative inside.</summary>
    private static double RoundedBox(double u, double v, double l, double t, double r, double b, double radius)
    {
        var cx = (l + r) / 2;
        var cy = (t + b) / 2;
        var hx = ((r - l) / 2) - radius;
        var hy = ((b - t) / 2) - radius;
        var dx = Math.Abs(u - cx) - hx;
        var dy = Math.Abs(v - cy) - hy;
        var outside = Math.Sqrt((Math.Max(dx, 0) * Math.Max(dx, 0)) + (Math.Max(dy, 0) * Math.Max(dy, 0)));
        return outside + Math.Min(Math.Max(dx, dy), 0) - radius;
    }

    private static bool Triangle(double u, double v, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        var d1 = Side(u, v, a, b);
        var d2 = Side(u, v, b, c);
        var d3 = Side(u, v, c, a);
        var negative = d1 < 0 || d2 < 0 || d3 < 0;
        var positive = d1 > 0 || d2 > 0 || d3 > 0;
        return !(negative && positive);
    }

    private static double TriangleEdge(double u, double v, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        Math.Min(Segment(u, v, b, c), Segment(u, v, c, a));

    private static double Side(double u, double v, (double X, double Y) a, (double X, double Y) b) =>
        ((u - b.X) * (a.Y - b.Y)) - ((a.X - b.X) * (v - b.Y));

    private static double Segment(double u, double v, (double X, double Y) a, (double X, double Y) b)
    {
        var (px, py, bx, by) = (u - a.X, v - a.Y, b.X - a.X, b.Y - a.Y);
        var h = Math.Clamp(((px * bx) + (py * by)) / ((bx * bx) + (by * by)), 0, 1);
        var (dx, dy) = (px - (bx * h), py - (by * h));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}

/// <summary>A minimal PNG writer: 8-bit RGBA, no filtering, zlib-compressed; fixed output for fixed input.</summary>
static class Png
{
    public static byte[] Encode(int width, int height, byte[] rgba)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type: RGBA
        Chunk(png, "IHDR", header);

        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // filter: none
                zlib.Write(rgba, y * width * 4, width * 4);
            }
        }

        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
