using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>One SHA-256 over a migration source (a file, or every file under a folder with its relative path), so a changed input is told apart from a changed migrator.</summary>
public static class SourceDigest
{
    /// <summary>The digest of the file or folder at <paramref name="path"/>, in lower-case hex.</summary>
    public static string Of(string path)
    {
        if (File.Exists(path))
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var listing = new StringBuilder();
        foreach (var file in FileDigest.Of(path))
        {
            listing.Append(file.Path).Append('\n').Append(file.Sha256).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }
}
