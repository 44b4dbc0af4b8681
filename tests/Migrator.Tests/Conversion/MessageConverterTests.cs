using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

public class MessageConverterTests
{
    [Fact]
    public void Print()
    {
        var m = TestMessages.Simple();
        m.Items.Add(new FileItem { Name = "REPORT.XLS", Data = [1, 2, 3], Date = new DateTime(1998, 11, 14, 9, 12, 0) });
        m.Items.Add(new FileItem { Name = "Grüße über alles und noch viel mehr Text damit der Name lang wird.doc", Data = [1, 2, 3] });
        Console.WriteLine(Converting.Text(m));
    }
}
