/*
 * "--shard K/N": this machine's part K of N. Parsed once, while the command line is parsed, so a
 * bad value ("0/3", "4/3", "two") is one clear usage error before any work starts.
 */
using System.Globalization;

namespace MailMig.Fidelity.Cli.Sharding;

/// <summary>Part <see cref="Index"/> (1-based) of <see cref="Count"/> parts.</summary>
/// <param name="Index">Which part, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many parts the work is split into.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The most parts a run may be split into.</summary>
    public const int MaxCount = 1000;

    /// <summary>The whole run as one part.</summary>
    public static ShardSpec Whole { get; } = new(1, 1);

    /// <summary>Parses "K/N"; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static ShardSpec Parse(string text) =>
        Problem(text) is { } problem ? throw new FormatException(problem) : Read(text);

    /// <summary>What is wrong with <paramref name="text"/> as "K/N", or null when it is usable.</summary>
    public static string? Problem(string text)
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return "is not a shard: write K/N, e.g. 2/4 for the second of four parts";
        }

        return n is < 1 or > MaxCount ? $"has {n} parts: N must be from 1 to {MaxCount}"
            : k < 1 || k > n ? $"names part {k} of {n}: K must be from 1 to {n}"
            : null;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static ShardSpec Read(string text)
    {
        var parts = text.Split('/');
        return new ShardSpec(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
