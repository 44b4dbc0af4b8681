using CsCheck;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Generators for the oracle's property tests: half mutations of valid files, half inputs from scratch.</summary>
internal static class Fuzz
{
    /// <summary>How many inputs each property test samples.</summary>
    public const int Inputs = 10_000;

    /// <summary>The bytes CSV, MIME, mbox and JSON readers react to, so that random input reaches their special cases.</summary>
    private static readonly byte[] Special = "\r\n\",;!\\#()[]{}:=?<>@%+-_ .0123456789FromTYPEBodytrue"u8.ToArray();

    private static readonly Gen<int> Position = Gen.Int[0, 1_000_000];

    private static readonly Gen<byte> Interesting = Gen.Frequency((3, Gen.Int[0, Special.Length - 1].Select(i => Special[i])), (1, Gen.Byte));

    /// <summary>Half the time one of <paramref name="valid"/> with one to four mutations, else bytes from scratch.</summary>
    public static Gen<byte[]> Bytes(params byte[][] valid) =>
        Gen.OneOf(Mutated(valid), Interesting.Array[0, 2000]);

    /// <summary>One of <paramref name="valid"/> after one to four byte flips, deletions, insertions, duplications or truncations.</summary>
    public static Gen<byte[]> Mutated(byte[][] valid) =>
        Gen.Select(Gen.Int[0, valid.Length - 1], Mutation.Array[1, 4]).Select((i, mutations) =>
            mutations.Aggregate(valid[i], (bytes, mutate) => mutate(bytes)));

    private static readonly Gen<Func<byte[], byte[]>> Mutation = Gen.OneOf(
        Gen.Select(Position, Interesting).Select<int, byte, Func<byte[], byte[]>>((at, b) => bytes => Set(bytes, At(bytes, at), b)),
        Gen.Select(Position, Gen.Int[1, 64]).Select<int, int, Func<byte[], byte[]>>((at, n) => bytes => Remove(bytes, At(bytes, at), n)),
        Gen.Select(Position, Interesting.Array[1, 32]).Select<int, byte[], Func<byte[], byte[]>>((at, insert) => bytes => Insert(bytes, At(bytes, at), insert)),
        Gen.Select(Position, Gen.Int[1, 200]).Select<int, int, Func<byte[], byte[]>>((at, length) => bytes => Duplicate(bytes, At(bytes, at), length)),
        Position.Select<int, Func<byte[], byte[]>>(at => bytes => bytes[..At(bytes, at)]));

    /// <summary>A position in <paramref name="bytes"/> (0 to its length) from a random number.</summary>
    private static int At(byte[] bytes, int random) => random % (bytes.Length + 1);

    private static byte[] Set(byte[] bytes, int at, byte value)
    {
        if (bytes.Length == 0)
        {
            return [value];
        }

        var copy = (byte[])bytes.Clone();
        copy[Math.Min(at, copy.Length - 1)] = value;
        return copy;
    }

    private static byte[] Remove(byte[] bytes, int at, int count) => [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + count)..]];

    private static byte[] Insert(byte[] bytes, int at, byte[] insert) => [.. bytes[..at], .. insert, .. bytes[at..]];

    private static byte[] Duplicate(byte[] bytes, int at, int count) => Insert(bytes, at, bytes[at..Math.Min(bytes.Length, at + count)]);
}
