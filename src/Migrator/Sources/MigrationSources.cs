using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>Opens the right source for a path: a post office directory (DB8) or an export file.</summary>
public static class MigrationSources
{
    /// <summary>Opens <paramref name="path"/>; throws <see cref="CcMailFormatException"/> when it is neither a post office nor a file.</summary>
    public static IMigrationSource Open(string path, string? timeZoneId = null, ExportReaderOptions? exportOptions = null)
    {
        if (System.IO.Directory.Exists(path))
        {
            if (!Db8Reader.IsPostOffice(path))
            {
                throw new CcMailFormatException("the directory is not a cc:Mail post office (no CCPOMBOX.* file)", path, 0);
            }

            return new Db8Source(path, timeZoneId);
        }

        if (File.Exists(path))
        {
            ExportFileCheck.EnsureExportFile(path);
            return new ExportSource(path, timeZoneId, exportOptions);
        }

        throw new CcMailFormatException("no such file or directory", path, 0);
    }
}
