using System.Text;
using System.Text.RegularExpressions;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * A lenient reader reads anything as an export file with no messages, so a wrong --source (a program, an empty
 * file, the DB8 store's CCPOMS) would "migrate" nothing and report success. Before reading, the first 64 KB must
 * hold a line that starts with Mailbox: (the file header), Message: or a personal-data block's keyword; otherwise the file is refused,
 * saying whether it is empty, binary or a file of a DB8 post office.
 */

/// <summary>Tells an export file from something else before it is read.</summary>
public static partial class ExportFileCheck
{
    /// <summary>How much of the start of a file is searched for a <c>Mailbox:</c> or <c>Message:</c> line.</summary>
    public const int ProbeBytes = 64 * 1024;

    /// <summary>Throws <see cref="CcMailFormatException"/> naming the file and what was expected when <paramref name="path"/> is not an export file.</summary>
    public static void EnsureExportFile(string path)
    {
        if (WhyNot(path) is { } why)
        {
            throw new CcMailFormatException($"'{path}' is not a cc:Mail export file: {why}", path, 0);
        }
    }

    /// <summary>Why the file at <paramref name="path"/> is not an export file, or null when it is one (reads its first <see cref="ProbeBytes"/>).</summary>
    public static string? WhyNot(string path)
    {
        var probe = new byte[ProbeBytes];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1))
        {
            read = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        }

        return WhyNot(path, probe.AsSpan(0, read));
    }

    /// <summary>Why <paramref name="start"/> (the first bytes of <paramref name="path"/>) is not an export file, or null when it is one.</summary>
    public static string? WhyNot(string path, ReadOnlySpan<byte> start)
    {
        if (start.IsEmpty)
        {
            return "the file is empty";
        }

        if (IsDb8File(path))
        {
            return $"it is a file of a cc:Mail DB8 post office; give the post office directory '{Path.GetDirectoryName(Path.GetFullPath(path))}' as the source";
        }

        if (HasBlockLine(start))
        {
            return null;
        }

        var expected = $"no Mailbox:/Message: block in the first {ProbeBytes / 1024} KB";
        return IsBinary(start) ? $"{expected} (the file is binary)" : $"{expected} (the file is text of another kind)";
    }

    private static bool IsDb8File(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        return Db8FileName().IsMatch(Path.GetFileName(path)) && directory is not null && Db8Reader.IsPostOffice(directory)
            || Path.GetFileName(path).Equals("CCPOMS", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasBlockLine(ReadOnlySpan<byte> start)
    {
        for (var line = 0; line < start.Length;)
        {
            var rest = start[line..];
            if (StartsWith(rest, "Message:"u8) || StartsWith(rest, "Mailbox:"u8) || StartsWith(rest, "Bulletin board:"u8)
                || StartsWith(rest, "Mailing list:"u8) || StartsWith(rest, "Address book:"u8))
            {
                return true;
            }

            var lf = rest.IndexOf((byte)'\n');
            if (lf < 0)
            {
                return false;
            }

            line += lf + 1;
        }

        return false;
    }

    private static bool StartsWith(ReadOnlySpan<byte> line, ReadOnlySpan<byte> keyword) =>
        line.Length >= keyword.Length && Encoding.ASCII.GetString(line[..keyword.Length]).Equals(Encoding.ASCII.GetString(keyword), StringComparison.OrdinalIgnoreCase);

    private static bool IsBinary(ReadOnlySpan<byte> start)
    {
        var control = 0;
        foreach (var b in start)
        {
            if (b == 0)
            {
                return true;
            }

            control += b < 0x20 && b is not ((byte)'\r' or (byte)'\n' or (byte)'\t' or 0x1A or 0x0C) ? 1 : 0;
        }

        return control * 20 > start.Length;
    }

    [GeneratedRegex(@"^(CCPOMS|CCPOMBOX\.\d+|CCVER\.TB|CLANDATA|NFTCHECK|CCPODD\.\w+|MBOX\w*\.DAT)$", RegexOptions.IgnoreCase)]
    private static partial Regex Db8FileName();
}
