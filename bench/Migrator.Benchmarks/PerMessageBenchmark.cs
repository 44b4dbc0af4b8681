using BenchmarkDotNet.Attributes;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Output;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Benchmarks;

/*
 * What one message costs between the reader and the file: conversion alone, conversion plus rendering for each
 * target (what a pipeline worker does), and the floor's plain MimeKit build and write into memory. The memory
 * diagnoser's Allocated column is the per-message garbage; docs/migrator.md "Performance" says what it found.
 */

/// <summary>Converts and renders one bulk-profile message per operation.</summary>
[MemoryDiagnoser]
public class PerMessageBenchmark
{
    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), "mailmig-bench-unused");
    private readonly AddressMapper _addresses = new(AddressMapper.DefaultOrgDomain("FERGUSON"), "FERGUSON");
    private readonly DateConverter _dates = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
    private readonly EmlMailboxWriter _eml = new(Scratch, "Smith, Grover");
    private readonly MboxMailboxWriter _mbox = new(Scratch, "Smith, Grover");
    private readonly Exchange55MailboxWriter _exchange = new(Scratch, "Smith, Grover", "FERGUSON", 850);
    private readonly string[] _folder = ["Inbox"];
    private CcMessage _message = null!;

    /// <summary>Whether the message carries a 1 KB attachment (3 % of bulk messages do).</summary>
    [Params(false, true)]
    public bool Attachment { get; set; }

    /// <summary>Builds the message.</summary>
    [GlobalSetup]
    public void Setup() => _message = BulkMessage.Create(Attachment);

    /// <summary>Conversion only.</summary>
    [Benchmark]
    public int Convert()
    {
        var result = MessageConverter.Convert(_message, Context());
        using (result.Message)
        {
            return result.Repairs.Count;
        }
    }

    /// <summary>Conversion and eml rendering.</summary>
    [Benchmark]
    public int Eml() => Render(_eml);

    /// <summary>Conversion and mbox rendering.</summary>
    [Benchmark(Baseline = true)]
    public int Mbox() => Render(_mbox);

    /// <summary>Conversion and Exchange 5.5 rendering.</summary>
    [Benchmark]
    public int Exchange55() => Render(_exchange);

    /// <summary>The floor: MimeKit's property API and WriteTo into a reused stream.</summary>
    [Benchmark]
    public long Floor()
    {
        using var message = new MimeMessage { Subject = _message.Subject, MessageId = "1.1@floor.invalid", Date = new DateTimeOffset(_message.Date!.Value, TimeSpan.FromHours(-5)) };
        message.From.Add(new MailboxAddress(_message.From!.DisplayName, "Smith_Grover@ccmail.invalid"));
        message.To.AddRange(_message.To.Select(a => new MailboxAddress(a.DisplayName ?? "", "x@ccmail.invalid")));
        message.Cc.AddRange(_message.Cc.Select(a => new MailboxAddress(a.DisplayName ?? "", "x@ccmail.invalid")));
        message.Body = new TextPart("plain") { Text = ((TextItem)_message.Items[0]).Text };
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.Length;
    }

    private int Render(MailboxWriter writer)
    {
        var result = MessageConverter.Convert(_message, Context());
        using (result.Message)
        {
            return writer.Prepare(result, 1, _folder).Bytes.Length;
        }
    }

    private ConversionContext Context() => new("FERGUSON", "Smith, Grover", 1, "MBOX0001.DAT@4096", _addresses, _dates, []);
}
