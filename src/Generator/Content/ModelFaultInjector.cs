using System.Text;
using Bogus;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.PostOffices;
using static MailMig.Fidelity.Generator.Faults.FaultIds;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>Applies the model faults of the catalog to an event's content and marks the line of the export block that shows each.</summary>
public sealed class ModelFaultInjector
{
    /// <summary>The header size the long-header-4k fault exceeds.</summary>
    public const int Header4K = 4 * 1024;

    /// <summary>The header size the long-header-160k fault stays under.</summary>
    public const int Header160K = 160 * 1024;

    private readonly GeneratedPostOffice _postOffice;
    private readonly ZoneCalendar _calendar;
    private readonly ForeignAddresses _foreign;
    private readonly TextFactory _text;
    private readonly Encoding _encoding;

    /// <summary>An injector for events of <paramref name="postOffice"/>.</summary>
    public ModelFaultInjector(GeneratedPostOffice postOffice, ZoneCalendar calendar, ForeignAddresses foreign, TextFactory text)
    {
        _postOffice = postOffice;
        _calendar = calendar;
        _foreign = foreign;
        _text = text;
        _encoding = CodePages.Get(postOffice.CodePage);
    }

    /// <summary>How many variants <paramref name="fault"/> has.</summary>
    public int VariantCount(FaultDescriptor fault) => fault.Id switch
    {
        AttmailAddress => FaultVariants.AttmailCombinations,
        DateFormats => DateTexts.VariantCount,
        _ => Math.Max(2, fault.TargetCount),
    };

    /// <summary>Applies <paramref name="fault"/> in <paramref name="variant"/> to <paramref name="content"/>, drawing from <paramref name="faker"/>.</summary>
    public void Apply(EventContent content, FaultDescriptor fault, int variant, Faker faker, EventContentBuilder builder)
    {
        var random = faker.Random;
        var local = content.ExpectedLocal;
        switch (fault.Id)
        {
            case AttmailAddress:
                ApplyAttmail(content, fault, variant, faker);
                break;
            case MixedAddressTypes:
                var first = content.To.Count;
                content.To.Add(_foreign.Of(ForeignForm.Remote, faker));
                content.To.Add(_foreign.Of(ForeignForm.SmtpAtGateway, faker));
                content.To.Add(_foreign.Of(ForeignForm.SmtpBracketed, faker));
                content.To.Add(_foreign.Of(ForeignForm.SmtpTyped, faker));
                content.To.Add(_foreign.Of(ForeignForm.X400Typed, faker));
                content.To.Add(_foreign.Of(ForeignForm.Attmail, faker));
                content.To.Add(_foreign.Of(ForeignForm.MsMail, faker));
                content.To.Add(_foreign.Of(ForeignForm.Fax, faker));
                content.Cc.Add(_foreign.Of(ForeignForm.Notes, faker));
                content.Cc.Add(_foreign.Of(ForeignForm.Mhs, faker));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.To, first));
                break;
            case MissingPostOffice:
                var local0 = content.To.FindIndex(a => _postOffice.Users.Any(u => ReferenceEquals(u.Address, a)));
                if (local0 >= 0)
                {
                    content.To[local0] = AddressFactory.NameOnly(content.To[local0].DisplayName!, _postOffice.Name);
                    content.Marks.Add(new FaultMark(fault, null, LineKeywords.To, local0));
                }

                break;
            case QuotedPostOffice:
                var quotedAt = content.Cc.Count;
                foreach (var user in _postOffice.RemoteUsers.Where(u => _postOffice.QuotedPostOffices.Contains(u.PostOffice)))
                {
                    content.Cc.Add(AddressFactory.Native(user.Name, user.PostOffice, forceQuotedPostOffice: true));
                }

                content.Marks.Add(new FaultMark(fault, null, LineKeywords.Cc, quotedAt));
                break;
            case QuoteInName:
                var other = _postOffice.RemoteUsers[0].PostOffice;
                content.To.Add(AddressFactory.Native($"{faker.Name.LastName()}, {faker.Name.FirstName()} \"{(variant == 0 ? "Red" : "Doc")}\"", other));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.To, content.To.Count - 1));
                break;
            case StrayLeadingComma:
                var name = $"{faker.Name.FirstName()} {faker.Name.LastName()}";
                content.From = AddressFactory.Bracketed(name, "SMTP", $"{ForeignAddresses.Ascii(name).ToLowerInvariant()}@exchange.example", Gateways.ExchangeSite, strayComma: true);
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.From));
                break;
            case LongAddress:
                content.To.Add(AddressFactory.Bracketed(
                    "Regional Sales and Marketing Planning Committee Distribution", "X400",
                    "/c=US/a=MCI/p=GLOBEX/o=SALES/ou1=REGIONAL/ou2=PLANNING/ou3=COMMITTEE/s=Distribution/g=List", Gateways.X400));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.To, content.To.Count - 1));
                break;
            case DuplicateDirectoryNames:
                var duplicate = _postOffice.DuplicateNamedUsers[variant % 2];
                content.From = AddressFactory.Native(duplicate.Name, duplicate.PostOffice);
                content.Marks.Add(new FaultMark(fault, duplicate.PostOffice, LineKeywords.From));
                break;
            case InvalidDate:
                var day = variant % 2 == 0 ? 30 : 31;
                content.DateText = DateTexts.Impossible(2, day, local);
                content.Date = null;
                content.ExpectedLocal = new DateTime(local.Year, 2, DateTime.DaysInMonth(local.Year, 2), local.Hour, local.Minute, 0);
                content.Marks.Add(new FaultMark(fault, content.DateText, LineKeywords.Date));
                break;
            case TwoDigitYear2000:
                var y2k = variant == 0
                    ? new DateTime(2000, 1, 1, local.Hour, local.Minute, 0)
                    : new DateTime(2000 + random.Int(0, 1), local.Month, Math.Min(local.Day, 28), local.Hour, local.Minute, 0);
                SetDate(content, _calendar.Unambiguous(y2k), DateTexts.ShortMdyy, fault);
                break;
            case DstChange:
                var spring = variant % 2 == 0;
                var after = Enumerable.Range(0, 6).Select(n => _calendar.AfterTransition(local.Year - n, spring, random.Int(5, 55))).FirstOrDefault(d => d is not null);
                if (after is { } dst)
                {
                    SetDate(content, dst, DateTexts.Standard, fault, spring ? "spring" : "autumn");
                }

                break;
            case DateFormats:
                var withSeconds = variant == 4 ? local.AddSeconds(random.Int(1, 59)) : local;
                SetDate(content, withSeconds, d => DateTexts.Variant(d, variant), fault, VariantName(variant));
                break;
            case BinaryTokenLookalike:
                var lookalike = Encoding.ASCII.GetBytes("\r\nMessage: 120\r\nFrom: Smith, Grover at FERGUSON\r\nTo: Doe, Jane at FERGUSON\r\nContents: 1\r\n");
                var data = random.Bytes(random.Int(200, 800)).Concat(lookalike).Concat(random.Bytes(random.Int(50, 200))).ToArray();
                var dump = content.AddFile(AttachmentFactory.Dated("MAILLOG.DAT", data, local, random));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.FileItem, content.FileOrdinal(dump)));
                break;
            case ReturnReceipt:
                content.ReturnReceiptTo ??= content.From;
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.Rrt));
                break;
            case AttachmentDateMdyy:
                var mdyy = new DateTime(local.Year, 1 + random.Int(0, 8), 1 + random.Int(0, 8), 9, random.Int(0, 59), 0);
                var mdyyFile = content.AddFile(new FileItem { Name = "NOTES.TXT", Data = Encoding.ASCII.GetBytes(_text.Sentence(faker) + "\r\n"), Date = mdyy, DateText = DateTexts.ShortMdyy(mdyy) });
                content.Marks.Add(new FaultMark(fault, mdyyFile.DateText, LineKeywords.FileItem, content.FileOrdinal(mdyyFile)));
                break;
            case AttachmentDateDashes:
                var dashes = local.Date.AddDays(-random.Int(1, 9)).AddHours(9).AddMinutes(random.Int(0, 59));
                var dashFile = content.AddFile(new FileItem { Name = "Att.txt", Data = Encoding.ASCII.GetBytes(_text.Sentence(faker) + "\r\n"), Date = dashes, DateText = DateTexts.Dashes(dashes) });
                content.Marks.Add(new FaultMark(fault, dashFile.DateText, LineKeywords.FileItem, content.FileOrdinal(dashFile)));
                break;
            case LongHeader4K:
                GrowHeader(content, Header4K + 1024, faker);
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.Block));
                break;
            case LongHeader160K:
                GrowHeader(content, Header160K - 2048, faker);
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.Block));
                break;
            case AttachmentOddType:
                var odd = AddFiles(content, local, random,
                    ("README", AttachmentFactory.BinaryData(random, "Read me first"u8.ToArray(), 300)),
                    ("SETUP.EXE", AttachmentFactory.BinaryData(random, "MZ"u8.ToArray(), 2048)),
                    ("Shortcut to Budget.lnk", AttachmentFactory.BinaryData(random, [0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00], 400)),
                    ("EMPTY.DAT", []));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.FileItem, odd));
                break;
            case AttachmentNameUnicode:
                var unicode = AddFiles(content, local, random,
                    ("Quarterly Report Final Version.doc", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 900)),
                    (_postOffice.IsDbcs ? "予算表 十月分.xls" : _postOffice.CodePage == 437 ? "Résumé Müller.doc" : "Résumé Müller Øre.doc",
                        AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 700)),
                    ("Minutes of the regional planning committee meeting held in March 1999.doc", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 500)));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.FileItem, unicode));
                break;
            case AttachmentPathTraversal:
                var traversal = AddFiles(content, local, random,
                    ("..\\..\\WINDOWS\\win.ini", Encoding.ASCII.GetBytes("[windows]\r\nload=\r\nrun=\r\n")),
                    ("../../etc/passwd", Encoding.ASCII.GetBytes("root:x:0:0:root:/root:/bin/sh\n")));
                Expect(content, traversal, "win.ini", "passwd");
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.FileItem, traversal));
                break;
            case AttachmentReservedName:
                var reserved = AddFiles(content, local, random,
                    ("CON", random.Bytes(64)), ("NUL.TXT", Encoding.ASCII.GetBytes("nothing\r\n")), ("com1.doc", AttachmentFactory.BinaryData(random, [0xD0, 0xCF, 0x11, 0xE0], 256)));
                Expect(content, reserved, "_CON", "_NUL.TXT", "_com1.doc");
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.FileItem, reserved));
                break;
            case BodyExactText:
                content.Items[0] = new TextItem { Text = "Numbers below, exactly as typed:   \r\n\tItem\t12.50  \r\n\r\nNo line break after this line, two spaces:  " };
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.TextItem));
                break;
            case BccSenderCopy:
                content.Bcc.Add(_foreign.Of(ForeignForm.SmtpAtGateway, faker));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.Bcc, 0, SenderCopyOnly: true));
                break;
            case ForwardedNested:
                content.Items.RemoveAll(i => i is MessageItem);
                content.Items.Add(new MessageItem { Message = builder.Forwarded(content.Event, 1, 3, local) });
                if (!content.Subject.StartsWith("Fw: ", StringComparison.Ordinal))
                {
                    content.Subject = "Fw: " + content.Subject;
                }

                content.Marks.Add(new FaultMark(fault, null, LineKeywords.MessageItem));
                break;
            case Cp850HighChars:
                content.Subject = Encodable(Pools.HighCharLines[variant % Pools.HighCharLines.Length]);
                var body = (TextItem)content.Items[0];
                content.Items[0] = new TextItem { Text = Encodable(Pools.HighCharLines[(variant + 1) % Pools.HighCharLines.Length]) + "\r\n" + body.Text };
                var accented = Pools.AccentedNames.Select(n => $"{n.Last}, {n.First}").First(n => Encodable(n) == n);
                content.Cc.Add(AddressFactory.Native(accented, _postOffice.RemoteUsers[0].PostOffice));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.Subject));
                break;
            case Dbcs5CSubject:
                content.Subject = Pools.Dbcs5CSubjects[variant % Pools.Dbcs5CSubjects.Length];
                content.Cc.Add(AddressFactory.Native("十河, ソウタ", _postOffice.RemoteUsers[0].PostOffice));
                content.Marks.Add(new FaultMark(fault, null, LineKeywords.Subject));
                break;
        }
    }

    private void ApplyAttmail(EventContent content, FaultDescriptor fault, int variant, Faker faker)
    {
        var (slot, form, textCase) = FaultVariants.Attmail(variant);
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var address = AddressFactory.Attmail(form, textCase, ForeignAddresses.Ascii((first[..1] + last).ToLowerInvariant()),
            _foreign.Org(faker.Random), ForeignAddresses.Ascii(last), ForeignAddresses.Ascii(first));
        var detail = $"{slot}/{TextCasing.Kebab(form.ToString())}/{TextCasing.Kebab(textCase.ToString())}";

        // Mixed with other types: one more foreign recipient of a non-ATTMAIL form.
        content.Cc.Add(_foreign.Of((ForeignForm)faker.Random.Int(0, (int)ForeignForm.Fax), faker));
        switch (slot)
        {
            case AddressSlot.From:
                content.From = address;
                content.Marks.Add(new FaultMark(fault, detail, LineKeywords.From));
                break;
            case AddressSlot.To:
                content.To.Add(address);
                content.Marks.Add(new FaultMark(fault, detail, LineKeywords.To, content.To.Count - 1));
                break;
            case AddressSlot.Cc:
                content.Cc.Add(address);
                content.Marks.Add(new FaultMark(fault, detail, LineKeywords.Cc, content.Cc.Count - 1));
                break;
            case AddressSlot.Bcc:
                content.Bcc.Add(address);
                content.Marks.Add(new FaultMark(fault, detail, LineKeywords.Bcc, content.Bcc.Count - 1, SenderCopyOnly: true));
                break;
            default:
                content.ReturnReceiptTo = address;
                content.Marks.Add(new FaultMark(fault, detail, LineKeywords.Rrt));
                break;
        }
    }

    private static void SetDate(EventContent content, DateTime local, Func<DateTime, string> format, FaultDescriptor fault, string? detail = null)
    {
        content.Date = local;
        content.ExpectedLocal = local;
        content.DateText = format(local);
        content.Marks.Add(new FaultMark(fault, detail ?? content.DateText, LineKeywords.Date));
    }

    private static string VariantName(int variant) => variant switch
    {
        0 => "M/D/YY",
        1 => "MM/DD/YYYY",
        2 => "dashes",
        3 => "24-hour",
        _ => "seconds",
    };

    private static int AddFiles(EventContent content, DateTime local, Randomizer random, params (string Name, byte[] Data)[] files)
    {
        var first = -1;
        foreach (var (name, data) in files)
        {
            var item = content.AddFile(AttachmentFactory.Dated(name, data, local, random));
            first = first < 0 ? content.FileOrdinal(item) : first;
        }

        return first;
    }

    private static void Expect(EventContent content, int firstOrdinal, params string[] names)
    {
        var files = content.Items.OfType<FileItem>().Skip(firstOrdinal).Take(names.Length).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            content.ExpectedNames[files[i]] = names[i];
        }
    }

    private void GrowHeader(EventContent content, int targetBytes, Faker faker)
    {
        var size = HeaderBytes(content);
        var domain = faker.Random.ArrayElement(Pools.Domains);
        for (var n = 1; size < targetBytes; n++)
        {
            var address = AddressFactory.SmtpAtGateway($"member{n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)}@{domain}", Gateways.Smtp);
            var line = LineBytes(LineKeywords.Cc, address);
            if (size + line > targetBytes && targetBytes > Header160K - 4096)
            {
                break;
            }

            content.Cc.Add(address);
            size += line;
        }
    }

    /// <summary>The bytes the address and subject lines of <paramref name="content"/> take, as the writer encodes them with CR LF.</summary>
    public int HeaderBytes(EventContent content) =>
        LineBytes(LineKeywords.From, content.From)
        + content.To.Sum(a => LineBytes(LineKeywords.To, a)) + content.Cc.Sum(a => LineBytes(LineKeywords.Cc, a))
        + content.Bcc.Sum(a => LineBytes(LineKeywords.Bcc, a))
        + (content.ReturnReceiptTo is null ? 0 : LineBytes(LineKeywords.Rrt, content.ReturnReceiptTo))
        + _encoding.GetByteCount(content.Subject) + 11;

    private int LineBytes(string keyword, CcAddress address) => keyword.Length + 2 + _encoding.GetByteCount(address.Raw) + 2;

    private string Encodable(string text) => _encoding.GetString(_encoding.GetBytes(text)) == text ? text : RemoveUnencodable(text);

    private string RemoveUnencodable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var s = c.ToString();
            if (_encoding.GetString(_encoding.GetBytes(s)) == s)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
