using System.Text;
using MailMig.Fidelity.CcMail.Db8;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

public sealed class Crc32Tests
{
    [Fact]
    public void CheckValueOfTheStandardTestStringIsCbf43926() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void EmptyInputHasCrcZero() => Assert.Equal(0u, Crc32.Compute([]));
}
