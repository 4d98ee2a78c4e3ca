using System.Security.Cryptography;
using TopLeft.Branding.Images;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Branding.Domain;

/// <summary>
/// A tenant's logo in one slot. The URL carries a hash of the bytes, so a replaced logo gets a new URL and the
/// old one stops resolving: caches may keep a logo forever without ever showing a stale one.
/// </summary>
internal sealed class Logo : ITenantOwned
{
    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public string Slot { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public string Extension { get; private set; } = "";

    public int Width { get; private set; }

    public int Height { get; private set; }

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public string Url => $"/api/branding/logos/{Slot}/{Hash}.{Extension}";

    public static Logo Create(LogoSlot slot) => new() { Id = Guid.CreateVersion7(), Slot = slot.Name };

    public void Replace(byte[] content, ImageHeader header, DateTimeOffset now)
    {
        Content = content;
        Hash = Convert.ToHexString(SHA256.HashData(content))[..20].ToLowerInvariant();
        ContentType = header.Format.ContentType;
        Extension = header.Format.Extension;
        Width = header.Width;
        Height = header.Height;
        UpdatedAt = now;
    }
}
