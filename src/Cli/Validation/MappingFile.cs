using System.Globalization;
using MailMig.Fidelity.Migrator.Addresses;

namespace MailMig.Fidelity.Cli.Validation;

/// <summary>Checks an address mapping table before a migration uses it: readable, and every line well-formed.</summary>
public static class MappingFile
{
    /// <summary>What is wrong with the mapping file at <paramref name="path"/> (naming the first bad line), or null when it is usable.</summary>
    public static string? Problem(string path)
    {
        if (PathRules.ReadableFile(path) is { } problem)
        {
            return problem;
        }

        AddressMappingTable table;
        try
        {
            table = AddressMappingTable.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + Words.Of(e);
        }

        var bad = table.Diagnostics.Where(d => d.Code == "mapping.bad-line").ToList();
        if (bad.Count == 0)
        {
            return null;
        }

        var more = bad.Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({bad.Count - 1} more bad lines)");
        return $"is not a mapping table: {bad[0].Message.Replace("; ignored", "", StringComparison.Ordinal)}{more}";
    }
}
