using System.Text;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public sealed class ManifestKeysTests
{
    private static readonly string[] Names =
    [
        "record", "mailbox", "index", "folder", "receiptTo", "priority", "read", "faults", "outcome", "repairs", "skipReason", "bySource",
        "from", "to", "cc", "bcc", "subject", "date", "dateLocal", "body", "attachments", "forwarded", "displayName", "type", "address",
        "name", "size", "sha256", "id", "where", "file", "offset", "detail",
    ];

    [Fact]
    public void EachNameHasItsOwnKeyInFileOrder()
    {
        Assert.Equal(Enumerable.Range(1, Names.Length), Names.Select(name => ManifestKeys.Of(Encoding.UTF8.GetBytes(name))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Index")]
    [InlineData("indexx")]
    [InlineData("inde")]
    [InlineData("t")]
    [InlineData("unknown")]
    [InlineData("recorD")]
    [InlineData("attachmentsattachments")]
    public void AnyOtherNameHasNone(string name)
    {
        Assert.Equal(ManifestKeys.None, ManifestKeys.Of(Encoding.UTF8.GetBytes(name)));
    }
}
