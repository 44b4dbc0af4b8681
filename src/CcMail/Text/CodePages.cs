using System.Text;

namespace MailMig.Fidelity.CcMail.Text;

/// <summary>The OEM code pages cc:Mail stores text in (437, 850, 932), registered once from CodePagesEncodingProvider.</summary>
public static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The code pages the reference grammar names.</summary>
    public static IReadOnlyList<int> Supported { get; } = [437, 850, 932];

    /// <summary>Whether <paramref name="codePage"/> is one the formats accept.</summary>
    public static bool IsSupported(int codePage) => codePage is 437 or 850 or 932;

    /// <summary>The encoding for <paramref name="codePage"/>; decoding replaces invalid bytes, encoding replaces unmappable characters with '?'.</summary>
    public static Encoding Get(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    /// <summary>The encoding for <paramref name="codePage"/> that throws on bytes or characters it cannot map, for strict checks.</summary>
    public static Encoding GetStrict(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
