// Why: output.md "Message headers" and "Body and MIME structure": one cc:Mail message becomes one
// MIME message (forwarded ones nested the same way); the pairing headers are added by the caller.
using System.Globalization;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Addresses;
using MimeKit;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Mime;

/// <summary>Builds the MIME message of a cc:Mail message, its items and forwarded messages.</summary>
public sealed class MessageBuilder(AddressMapper mapper, MessageDate dates)
{
    /// <summary>Builds <paramref name="source"/> with <paramref name="messageId"/>, leaving out <paramref name="dropped"/> items.</summary>
    public MimeMessage Build(CcMessage source, string messageId, ISet<CcItem> dropped, RepairList repairs)
    {
        var message = new MimeMessage();
        WriteHeaders(message, source, messageId, repairs);
        var items = source.Items.Where(i => !dropped.Contains(i)).ToList();
        var parts = new ItemParts(this, dates, messageId, dropped, repairs);
        message.Body = parts.Body(items);
        return message;
    }

    private void WriteHeaders(MimeMessage message, CcMessage source, string messageId, RepairList repairs)
    {
        if (source.From is not null)
        {
            message.From.Add(mapper.Map(source.From));
        }

        message.Date = dates.ForMessage(source.Date, source.DateText, repairs);
        message.Subject = source.Subject;
        message.MessageId = messageId;
        message.To.AddRange(source.To.Select(mapper.Map));
        message.Cc.AddRange(source.Cc.Select(mapper.Map));
        message.Bcc.AddRange(source.Bcc.Select(mapper.Map));
        if (source.ReturnReceiptTo is not null)
        {
            var receipt = new InternetAddressList { mapper.Map(source.ReturnReceiptTo) };
            message.Headers.Add(HeaderId.DispositionNotificationTo, receipt.ToString(FormatOptions.Default, true));
        }

        var (importance, xPriority) = source.Priority switch
        {
            CcPriority.Low => ("low", 5),
            CcPriority.Urgent => ("high", 1),
            _ => ("normal", 3),
        };
        message.Headers.Add(HeaderId.Importance, importance);
        message.Headers.Add(HeaderId.XPriority, xPriority.ToString(CultureInfo.InvariantCulture));
        if (source.DateText is not null)
        {
            message.Headers.Add("X-MailMig-Original-Date", source.DateText);
        }

        foreach (var extra in source.ExtraHeaders)
        {
            message.Headers.Add("X-CcMail-Header", extra.Keyword + ": " + extra.Value);
        }
    }
}
