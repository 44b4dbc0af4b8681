using MailMig.Fidelity.Migrator.Addresses;

namespace MailMig.Fidelity.Migrator.Tests.Addresses;

public class AddressMappingTableTests
{
    private static readonly AddressMappingTable Table = AddressMappingTable.Parse(
    [
        "; SMTP link table",
        "John Valentine<=>jvalentine@smtpgate.abc.com",
        "Smith, Grover at FERGUSON <=> grover.smith@ferguson.example",
        "",
        "no separator here",
        "Bad<=>not an address",
        "john valentine<=>again@example.com",
    ], "names.tab");

    [Fact]
    public void NameAloneMapsUsersOfTheHomePostOffice()
    {
        Assert.Equal("jvalentine@smtpgate.abc.com", Table.Find("John Valentine", "FERGUSON", "FERGUSON"));
        Assert.Equal("jvalentine@smtpgate.abc.com", Table.Find("JOHN VALENTINE", null, "FERGUSON"));
        Assert.Null(Table.Find("John Valentine", "ELSEWHERE", "FERGUSON"));
    }

    [Fact]
    public void FullAddressMapsWhateverTheHomePostOffice() =>
        Assert.Equal("grover.smith@ferguson.example", Table.Find("Smith, Grover", "ferguson", "OTHER"));

    [Fact]
    public void BadAndDuplicateLinesAreReportedWithTheirLineNumbers()
    {
        Assert.Equal(2, Table.Count);
        Assert.Equal([(5L, "mapping.bad-line"), (6L, "mapping.bad-line"), (7L, "mapping.duplicate-name")],
            Table.Diagnostics.Select(d => (d.Offset, d.Code)).ToList());
        Assert.All(Table.Diagnostics, d => Assert.Equal("names.tab", d.File));
    }

    [Fact]
    public void LoadsAFile()
    {
        var path = Path.GetTempFileName();
        File.WriteAllLines(path, ["Doe, Jane<=>jane@example.com"]);
        try
        {
            Assert.Equal("jane@example.com", AddressMappingTable.Load(path).Find("Doe, Jane", null, null));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
