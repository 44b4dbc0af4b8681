using System.Text;
using Bogus;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>Subjects and bodies: period office mail in English (Bogus, locale fixed to en) or Japanese (own lists), CR LF line ends.</summary>
public sealed class TextFactory
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly bool _japanese;
    private readonly Companies _companies;

    /// <summary>A factory writing Japanese text when <paramref name="japanese"/> (code page 932 post offices), naming <paramref name="companies"/>.</summary>
    public TextFactory(bool japanese, Companies companies)
    {
        _japanese = japanese;
        _companies = companies;
    }

    /// <summary>A base subject (no <c>Re:</c>), <paramref name="padding"/> extra words long.</summary>
    public string Subject(Faker faker, int padding)
    {
        var random = faker.Random;
        string subject;
        if (_japanese)
        {
            subject = random.ArrayElement(Pools.JapaneseTopics) + (random.Bool(0.3f) ? " (" + _companies.Name(random) + ")" : "");
        }
        else
        {
            subject = random.Int(0, 5) switch
            {
                0 => random.ArrayElement(Pools.Topics) + " - " + _companies.Name(random),
                1 => random.ArrayElement(Pools.Topics) + " for " + random.ArrayElement(Months),
                2 => faker.Commerce.ProductName() + " pricing",
                3 => "Meeting with " + _companies.Name(random) + " on " + random.ArrayElement(Pools.Weekdays),
                _ => random.ArrayElement(Pools.Topics),
            };
        }

        for (var i = 0; i < padding; i++)
        {
            subject += " " + faker.Lorem.Word();
        }

        return subject;
    }

    /// <summary>A body: greeting, paragraphs of sentences wrapped at 72 columns, signature; lines end CR LF.</summary>
    public string Body(Faker faker, string? greetingName, string signature, int minParagraphs, int maxParagraphs, string? quoted)
    {
        var random = faker.Random;
        var body = new StringBuilder();
        body.Append(greetingName is null ? (_japanese ? "各位" : "Hello,") : _japanese ? greetingName + "様" : $"Hi {greetingName},").Append("\r\n\r\n");
        var paragraphs = random.Int(minParagraphs, Math.Max(minParagraphs, maxParagraphs));
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = new List<string>();
            for (var s = random.Int(1, 4); s > 0; s--)
            {
                sentences.Add(Sentence(faker));
            }

            Wrap(body, string.Join(_japanese ? "" : " ", sentences), _japanese ? 36 : 72);
            body.Append("\r\n");
        }

        if (quoted is not null)
        {
            body.Append("> ").Append(quoted).Append("\r\n\r\n");
        }

        body.Append(_japanese ? "よろしくお願いします。\r\n" : "Thanks,\r\n").Append(signature).Append("\r\n");
        return body.ToString();
    }

    /// <summary>One sentence.</summary>
    public string Sentence(Faker faker)
    {
        var random = faker.Random;
        if (_japanese && random.Bool(0.8f))
        {
            return random.ArrayElement(Pools.JapaneseSentences);
        }

        return random.Int(0, 9) switch
        {
            0 => $"Please review the {faker.Commerce.ProductName().ToLowerInvariant()} figures before {random.ArrayElement(Pools.Weekdays)}.",
            1 => $"We still need to {faker.Company.Bs()} before the end of the quarter.",
            2 => $"{faker.Company.CatchPhrase()} was the main point of the meeting.",
            3 => $"Can you send me the latest numbers for {_companies.Name(random)}?",
            4 => $"I spoke with {faker.Name.FirstName()} about the {faker.Commerce.Product().ToLowerInvariant()} order.",
            5 => "Let me know if you have any questions.",
            6 => $"The {random.ArrayElement(Pools.Topics).ToLowerInvariant()} is attached.",
            7 => $"{faker.Name.FirstName()} will call you on {random.ArrayElement(Pools.Weekdays)} about {_companies.Name(random)}.",
            8 => $"Thanks for your help with the {faker.Commerce.Product().ToLowerInvariant()} launch.",
            _ => $"I will be out of the office until {random.ArrayElement(Pools.Weekdays)}.",
        };
    }

    private static void Wrap(StringBuilder body, string text, int width)
    {
        var line = 0;
        foreach (var word in text.Split(' '))
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                body.Append("\r\n");
                line = 0;
            }
            else if (line > 0)
            {
                body.Append(' ');
                line++;
            }

            // Japanese text has no spaces: cut it at the width.
            var rest = word.AsSpan();
            while (line + rest.Length > width && rest.Length > width)
            {
                body.Append(rest[..(width - line)]).Append("\r\n");
                rest = rest[(width - line)..];
                line = 0;
            }

            body.Append(rest);
            line += rest.Length;
        }

        body.Append("\r\n");
    }
}
