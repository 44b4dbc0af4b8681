using System.Security.Cryptography;

namespace MailMig.Fidelity.Generator.Output;

/// <summary>A generated file's path (relative, <c>/</c>-separated), size and SHA-256, as generation.json records them.</summary>
/// <param name="Path">The path relative to the output folder.</param>
/// <param name="Bytes">The size in bytes.</param>
/// <param name="Sha256">The SHA-256 in lower-case hex.</param>
public sealed record FileDigest(string Path, long Bytes, string Sha256)
{
    /// <summary>The digests of every file under <paramref name="root"/> except <paramref name="excluded"/>, sorted by ordinal path.</summary>
    public static IReadOnlyList<FileDigest> Of(string root, params string[] excluded) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !excluded.Contains(f))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                using var stream = File.OpenRead(System.IO.Path.Combine(root, f));
                return new FileDigest(f, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
            })
            .ToArray();
}
