using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.Migrator.Addresses;

namespace MailMig.Fidelity.Migrator.Conversion;

/// <summary>Message-IDs and MIME boundaries derived from (post office, mailbox, source index), so the same input gives the same bytes.</summary>
public sealed class StableIds
{
    private int _boundaries;

    /// <summary>Derives the ids of message <paramref name="index"/> of <paramref name="mailbox"/> at <paramref name="postOffice"/>.</summary>
    public StableIds(string postOffice, string mailbox, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{postOffice}\n{mailbox}\n{index.ToString(CultureInfo.InvariantCulture)}"));
        Key = Convert.ToHexStringLower(hash, 0, 10);
        MessageId = $"{index.ToString("D6", CultureInfo.InvariantCulture)}.{Key}@{AddressMapper.DefaultOrgDomain(postOffice)}";
    }

    /// <summary>The hex key the ids share.</summary>
    public string Key { get; }

    /// <summary>The message's Message-ID (without angle brackets).</summary>
    public string MessageId { get; }

    /// <summary>The next boundary, numbered in the order multiparts are built.</summary>
    public string NextBoundary() => $"=_mm_{Key}_{(++_boundaries).ToString(CultureInfo.InvariantCulture)}";
}
