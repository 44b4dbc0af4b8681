using System.Text;
using CsCheck;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Tests.Support;

namespace MailMig.Fidelity.CcMail.Tests.Export;

/// <summary>Any bytes at all: no exception, termination, output bounded by the input.</summary>
public sealed class ExportReaderPropertyTests
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "Message:", "Message: 12\r\n", "Message:          \r\n", "Contents:", "Contents: 3\r\n", "\r", "\n", "\r\n", " ", "\t",
            "From: Smith, Grover at FERGUSON\r\n", "Text item: 5\r\n", "Text item: 99999999999\r\n", "File item: 4 A B 1/2/98 9:00 AM\r\n",
            "Message item: 40\r\n", "Fax item: 2 x\r\n", "Foo item: 3\r\n", "Subject: x\r\n", "00FF", ":", "Date: 2/31/99 9:00 AM\r\n",
        }.Select(Encoding.ASCII.GetBytes),
        [0x00], [0xFF], [0x83, 0x5C],
    ];

    private static readonly ExportReaderOptions Tight = new() { MaxItemBytes = 64, MaxHeaderBytes = 128, MaxNesting = 1, MaxDiagnosticsPerMessage = 3 };

    /// <summary>One edit of a valid export: 0 flip a byte, 1 insert a token, 2 delete a range, 3 truncate, 4 edit a size, 5 duplicate a range.</summary>
    private sealed record Mutation(int Kind, int Position, int Token, int Value);

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, Tokens.Length - 1], Gen.Int[0, 255], (k, p, t, v) => new Mutation(k, p, t, v));

    private static readonly Gen<byte[]> MutatedExports =
        Gen.Select(Gen.Int, Gen.OneOf(437, 850, 932), Gen.Bool, Gen.Bool, Mutations.Array[1, 6], (seed, codePage, lfOnly, hex, edits) =>
        {
            var factory = new ExportModelFactory(seed, codePage);
            var valid = factory.ExportBytes(1 + (seed & 3), new ExportWriterOptions { CodePage = codePage, LfOnly = lfOnly }, new ExportBlockStyle { HexFiles = hex });
            return edits.Aggregate(valid, Apply);
        });

    private static readonly Gen<byte[]> TokenSoup =
        Gen.Int[0, Tokens.Length + 40].Array[0, 120].Select(picks => picks.SelectMany(p => p < Tokens.Length ? Tokens[p] : [(byte)('0' + p % 10)]).ToArray());

    private static readonly Gen<byte[]> Inputs = Gen.Frequency((6, MutatedExports), (2, TokenSoup), (2, Gen.Byte.Array[0, 1500]));

    [Fact]
    public void AnyBytesAreReadWithoutExceptionAndWithBoundedOutput()
    {
        Gen.Select(Inputs, Gen.Bool).Sample((bytes, tight) => AssertReadsBounded(bytes, tight ? Tight : null),
            iter: 10_000, print: t => $"{(t.Item2 ? "tight " : "")}{Convert.ToBase64String(t.Item1)}");
    }

    private static void AssertReadsBounded(byte[] bytes, ExportReaderOptions? options)
    {
        var read = Task.Run(() => ExportBytes.Read(bytes, options));
        Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "the reader did not terminate");
        var contents = read.Result;

        var lines = bytes.Count(b => b == (byte)'\n') + 1;
        Assert.True(contents.Records.Count <= lines + 1, $"{contents.Records.Count} records from {lines} lines");
        var decoded = contents.Records.Sum(r => r.Message is null ? 0 : Size(r.Message));
        Assert.True(decoded <= 2L * bytes.Length + 64, $"{decoded} decoded from {bytes.Length} bytes");
        var cap = (options ?? ExportReaderOptions.Default).MaxDiagnosticsPerMessage;
        Assert.All(contents.Records, r => Assert.InRange(r.Diagnostics.Count, 0, cap + 1));
        Assert.InRange(contents.Diagnostics.Count, 0, 10 * cap + 1);
        var end = 0L;
        foreach (var record in contents.Records)
        {
            Assert.True(record.Location.Offset >= end && record.Length > 0, $"record {record.Index} at {record.Location.Offset} overlaps {end}");
            end = record.Location.Offset + record.Length;
        }

        Assert.True(end <= bytes.Length);
    }

    private static long Size(CcMessage m) =>
        m.Subject.Length + m.Folder.Length + (m.DateText?.Length ?? 0) + (m.From?.Raw.Length ?? 0) + (m.ReturnReceiptTo?.Raw.Length ?? 0)
        + m.To.Concat(m.Cc).Concat(m.Bcc).Sum(a => a.Raw.Length) + m.ExtraHeaders.Sum(h => h.Keyword.Length + h.Value.Length)
        + m.Items.Sum(i => i switch
        {
            TextItem t => t.Text.Length,
            FileItem f => f.Data.Length + f.Name.Length + (f.DateText?.Length ?? 0),
            BinaryItem b => b.Data.Length + (b.Name?.Length ?? 0),
            MessageItem n => Size(n.Message),
            _ => 0,
        });

    private static byte[] Apply(byte[] input, Mutation edit)
    {
        if (input.Length == 0)
        {
            return Tokens[edit.Token];
        }

        var at = edit.Position % input.Length;
        var list = input.ToList();
        switch (edit.Kind)
        {
            case 0:
                list[at] ^= (byte)(edit.Value | 1);
                break;
            case 1:
                list.InsertRange(at, Tokens[edit.Token]);
                break;
            case 2:
                list.RemoveRange(at, Math.Min(edit.Value, list.Count - at));
                break;
            case 3:
                list.RemoveRange(at, list.Count - at);
                break;
            case 4:
                return EditSize(input, at, edit.Value);
            default:
                list.InsertRange(at, list.Skip(edit.Value % (at + 1)).Take(edit.Value).ToArray());
                break;
        }

        return [.. list];
    }

    /// <summary>Rewrites the first number after ": " at or after <paramref name="at"/>: off by one, huge, spaces or random.</summary>
    private static byte[] EditSize(byte[] input, int at, int value)
    {
        var text = Encoding.Latin1.GetString(input);
        var colon = text.IndexOf(": ", at, StringComparison.Ordinal);
        if (colon < 0 || colon + 2 >= text.Length || !char.IsAsciiDigit(text[colon + 2]))
        {
            return input;
        }

        var start = colon + 2;
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        // An earlier edit may have left a run of digits too long for a long (or none): leave such input as it is.
        if (!long.TryParse(text[start..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return input;
        }

        var replacement = (value % 4) switch
        {
            0 => (number + (value % 8 < 4 ? 1 : -1)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => "99999999999999",
            2 => new string(' ', end - start),
            _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Encoding.Latin1.GetBytes(text[..start] + replacement + text[end..]);
    }
}
