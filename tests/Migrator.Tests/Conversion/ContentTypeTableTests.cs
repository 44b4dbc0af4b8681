using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

/// <summary>The attachment content-type table of docs/formats/output.md is the one the converter uses.</summary>
public sealed class ContentTypeTableTests
{
    public static TheoryData<string, string> DocumentedContentTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DocumentTable.Rows("docs/formats/output.md", "Attachment content types"))
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedContentTypes))]
    public void AnAttachmentGetsTheContentTypeTheOutputContractDocumentsForItsExtension(string extension, string contentType)
    {
        foreach (var name in NamesWith(extension))
        {
            var message = TestMessages.Simple();
            message.Items.Add(new FileItem { Name = name, Data = [1, 2, 3] });

            var attachment = Assert.Single(Converting.RoundTrip(message).Attachments);

            Assert.True(contentType == attachment.ContentType.MimeType, $"'{name}': documented {contentType}, written {attachment.ContentType.MimeType}");
        }
    }

    [Fact]
    public void TheDocumentedContentTypeTableIsNotEmptyAndNamesEachExtensionOnce()
    {
        var extensions = DocumentTable.Rows("docs/formats/output.md", "Attachment content types").Select(row => row[0]).ToList();

        Assert.True(extensions.Count >= 10, $"only {extensions.Count} rows were read");
        Assert.Equal(extensions.Count, extensions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    // Upper and lower case, since cc:Mail names are usually upper case and the table ignores case.
    private static string[] NamesWith(string extension) =>
        extension == "(none)" ? ["NOEXT", "noext"] : ["FILE" + extension.ToUpperInvariant(), "file" + extension.ToLowerInvariant()];
}
