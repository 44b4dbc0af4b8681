using System.Buffers.Binary;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * A POHD record that fails its CRC still holds mostly good bytes. Each field is taken from them only when
 * it passes its own test (a supported code page, a name of printable characters, a time zone the system
 * knows); a field that does not is taken from another witness (the post office the directory's local
 * users name) or the documented default: code page 850, time zone UTC, name POSTOFFICE.
 */

/// <summary>Recovers the post office's code page, name and time zone when its POHD record is damaged.</summary>
internal static class Db8PostOfficeSalvage
{
    /// <summary>The code page assumed when no witness gives one.</summary>
    public const int DefaultCodePage = 850;

    /// <summary>The time zone assumed when no witness gives one.</summary>
    public const string DefaultTimeZone = "UTC";

    /// <summary>The post office name assumed when no witness gives one.</summary>
    public const string DefaultName = "POSTOFFICE";

    private const int Window = 1024;

    /// <summary>The code page the damaged header's bytes give, or the default; with where it came from.</summary>
    public static (int CodePage, string From) CodePage(byte[] body) =>
        body.Length >= 2 && CodePages.IsSupported(BinaryPrimitives.ReadUInt16LittleEndian(body))
            ? (BinaryPrimitives.ReadUInt16LittleEndian(body), "the damaged header")
            : (DefaultCodePage, "the default");

    /// <summary>The body bytes of the POHD record in the mailbox file, as far as they go (empty when there is no trace of one).</summary>
    public static byte[] Body(Db8RecordFile file)
    {
        var head = new byte[Math.Min(file.Length, Window)];
        file.ReadAt(0, head);
        var tag = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(tag, Db8Tags.PostOffice);
        var at = head.AsSpan().IndexOf(tag);
        var start = at >= 0 ? at : Db8Layout.FileHeaderSize;
        start += Db8Layout.RecordHeaderSize;
        return start < head.Length ? head[start..] : [];
    }

    /// <summary>The header rebuilt field by field, with a sentence saying where each field came from.</summary>
    public static (PostOffice Header, string Detail) Rebuild(byte[] body, IReadOnlyList<DirectoryEntry> directory)
    {
        var (codePage, codePageFrom) = CodePage(body);
        var reader = new Db8BodyReader(body.Length >= 4 ? body.AsSpan(4) : [], CodePages.Get(codePage));
        var name = reader.ReadString();
        var nameOk = !reader.Failed && IsPlausible(name);
        var zone = nameOk ? reader.ReadString() : "";
        var zoneOk = nameOk && !reader.Failed && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);
        var (finalName, nameFrom) = nameOk ? (name, "the damaged header") : FromDirectory(directory);
        var header = new PostOffice { CodePage = codePage, Name = finalName, TimeZoneId = zoneOk ? zone : DefaultTimeZone };
        var detail = $"code page {codePage} from {codePageFrom}, name '{finalName}' from {nameFrom}, time zone {header.TimeZoneId} from {(zoneOk ? "the damaged header" : "the default")}";
        return (header, detail);
    }

    private static (string Name, string From) FromDirectory(IReadOnlyList<DirectoryEntry> directory)
    {
        var named = directory.Where(e => e.TypeCode == DirectoryEntryTypes.LocalUser && IsPlausible(e.Address))
            .GroupBy(e => e.Address, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return named is null ? (DefaultName, "the default") : (named.Key, "the directory's local users");
    }

    private static bool IsPlausible(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => !char.IsControl(c) && c != '\uFFFD') && text.Trim().Length == text.Length;
}
