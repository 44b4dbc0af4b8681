using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Benchmarks;

/// <summary>A message shaped like the bulk profile's: one short paragraph, a few recipients, optionally one tiny attachment.</summary>
public static class BulkMessage
{
    /// <summary>The message; <paramref name="attachment"/> adds a 1 KB file item.</summary>
    public static CcMessage Create(bool attachment)
    {
        var message = new CcMessage
        {
            From = AddressParser.Parse("Smith, Grover at FERGUSON"),
            To = [AddressParser.Parse("Doe, Jane at FERGUSON"), AddressParser.Parse("jdoe at ATTMAIL")],
            Cc = [AddressParser.Parse("Bechtelar, Kirsten at FERGUSON")],
            DateText = "11/16/98 10:30 AM",
            Date = new DateTime(1998, 11, 16, 10, 30, 0),
            Subject = "Quarterly figures for the Ferguson office",
            Folder = "Inbox",
            Items = [new TextItem { Text = "Please find the figures for the quarter below; the totals are on the second sheet and the\r\ncomments from the branch managers follow. Call me if anything is unclear.\r\n" }],
        };
        if (attachment)
        {
            message.Items.Add(new FileItem { Name = "REPORT.XLS", Data = [.. Enumerable.Range(0, 1024).Select(i => (byte)i)], Date = new DateTime(1998, 11, 14, 9, 12, 0) });
        }

        return message;
    }
}
