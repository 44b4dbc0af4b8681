namespace MailMig.Fidelity.Generator.Randomness;

/// <summary>Derives independent, platform-stable seeds from the run seed, a stream name and indexes (SplitMix64 finaliser).</summary>
/// <remarks>
/// Every random decision is keyed by what it is about (an event, a copy, a mailbox) instead of by how many
/// numbers were drawn before it, so a message can be regenerated on its own and a change to one part of
/// the generator does not shift every later value. string.GetHashCode is randomised per process and
/// must never be used here.
/// </remarks>
public static class SeedMixer
{
    /// <summary>A 32-bit seed for <paramref name="stream"/> at position (<paramref name="a"/>, <paramref name="b"/>) of the run seeded by <paramref name="seed"/>.</summary>
    public static int Derive(int seed, SeedStream stream, long a = 0, long b = 0)
    {
        var x = Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream);
        x = Mix(x ^ (ulong)a);
        x = Mix(x ^ ((ulong)b * 0xD1B54A32D192ED03UL));
        return (int)(x ^ (x >> 32));
    }

    /// <summary>A value in [0, 1) derived like <see cref="Derive"/>, for rate decisions that must not consume a generator's numbers.</summary>
    public static double Unit(int seed, SeedStream stream, long a = 0, long b = 0) =>
        (uint)Derive(seed, stream, a, b) / 4294967296.0;

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
