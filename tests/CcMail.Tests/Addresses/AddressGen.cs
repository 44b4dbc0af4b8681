using CsCheck;
using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

/// <summary>CsCheck generators of address text: valid addresses of every form, mutations of them, and arbitrary strings.</summary>
public static class AddressGen
{
    // Characters names and post offices are drawn from: letters, the grammar's own punctuation, non-ASCII and control characters.
    private const string NameChars = "abcxyzABCXYZ019 .,-'\"[]@!:;=/üß\u00e9\u3042\t\u0001";
    private const string SafeChars = "abcdefxyzABCXYZ0189.-_";

    private static readonly Gen<string> Piece = Gen.Frequency(
        (10, Gen.OneOf("\"", "\"\"", "[", "]", ",", " at ", " AT ", "/", ";", "@", "!", ":", "=", "\0", "\u0001", "\r\n", "\t",
            "[SMTP:", "ATTMAIL", "a=ATTMAIL;", " ", "\uD800")),
        (1, Gen.Select(Gen.OneOf('"', '[', ' ', 'a', ',', '!'), Gen.Int[500, 5000], (c, n) => new string(c, n))),
        (1, Gen.Int[100, 1000].Select(n => string.Concat(Enumerable.Repeat(" at ", n)))));

    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        Gen.Select(Piece, Gen.Double.Unit, (piece, at) => (Func<string, string>)(t => t.Insert(Position(t, at), piece))),
        Gen.Select(Gen.Double.Unit, Gen.Int[1, 8], (at, length) => (Func<string, string>)(t =>
        {
            var start = Position(t, at);
            return t.Remove(start, Math.Min(length, t.Length - start));
        })),
        Gen.Select(Piece, Gen.Double.Unit, (piece, at) => (Func<string, string>)(t =>
        {
            var start = Position(t, at);
            return t.Remove(start, Math.Min(1, t.Length - start)).Insert(start, piece);
        })));

    /// <summary>Text a name or post office is made of, sometimes containing the word " at ".</summary>
    public static Gen<string> Name { get; } =
        Gen.Frequency(
            (4, Chars(NameChars, 0, 24)),
            (1, Gen.Select(Chars(NameChars, 0, 10), Gen.OneOf(" at ", " AT ", " At "), Chars(NameChars, 0, 10), (a, at, b) => a + at + b)));

    /// <summary>Letters, digits and <c>.-_</c>: the text of foreign address parts.</summary>
    public static Gen<string> Safe { get; } = Chars(SafeChars, 1, 12);

    /// <summary>A native address written by <see cref="AddressFormatter.FormatNative"/>, with its name and post office.</summary>
    public static Gen<(string Text, string Name, string PostOffice)> Native { get; } =
        Gen.Select(Name, Name.Where(po => !AddressForms.IsAttmailName(po.Trim('"'))), (n, po) => (AddressFormatter.FormatNative(n, po), n, po));

    /// <summary>A valid address of any form in the reference grammar.</summary>
    public static Gen<string> Valid { get; } = Gen.OneOf(
        Native.Select(n => n.Text),
        Name.Select(AddressFormatter.QuoteName),
        Gen.Select(Safe, Safe, Safe, (u, d, po) => $"{u}@{d}.com at {po}"),
        Gen.Select(Safe, Safe, (u, d) => $"{u}@{d}"),
        Gen.Select(Gen.OneOf("", ",", ", "), Name, Gen.OneOf("SMTP", "X400", "MS", "FAX", "ATTMAIL"), Safe, Gen.Bool, Safe,
            (strayComma, display, type, address, gateway, po) =>
                $"{strayComma}{AddressFormatter.QuoteName(display)} [{type}:{address}]{(gateway ? " at " + po : "")}"),
        Gen.Select(Gen.OneOf("SMTP", "MS", "FAX", "EASYLINK", "x400"), Safe, (type, address) => $"{type}:{address}"),
        Gen.Select(Safe, Safe, Safe, (a, b, c) => $"{a}!{b}!{c}"),
        Gen.Select(Safe, Safe, Safe, (a, b, c) => $"c={a};a={b};s={c}"),
        Gen.Select(Gen.Int[0, AttmailSpellings.All.Count - 1], Safe, Safe, Safe, Safe, Gen.Enum<LetterCase>(),
            (i, user, surname, given, org, casing) =>
                AttmailSpellings.ApplyCase(AttmailSpellings.All[i].Render(user, surname, given, org), casing)));

    /// <summary>A valid address with one to six insertions, deletions or replacements of troublesome text.</summary>
    public static Gen<string> Mutated { get; } =
        Gen.Select(Valid, Mutation.Array[1, 6], (text, mutations) => mutations.Aggregate(text, (t, m) => m(t)));

    /// <summary>Any string at all, control characters and surrogates included.</summary>
    public static Gen<string> Arbitrary { get; } = Gen.String;

    /// <summary>Half mutations, a third valid addresses, the rest arbitrary strings.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency((6, Mutated), (4, Valid), (2, Arbitrary));

    private static int Position(string text, double at) => (int)(at * (text.Length + 1)) % (text.Length + 1);

    private static Gen<string> Chars(string pool, int min, int max) => Gen.Char[pool].Array[min, max].Select(a => new string(a));
}
