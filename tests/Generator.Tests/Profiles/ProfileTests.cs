using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Profiles;

public sealed class ProfileTests
{
    [Fact]
    public void Q197114PutsAttmailInEveryHeaderInEverySpellingAndEveryCase()
    {
        var session = Sessions.Create("q197114");
        var seen = new HashSet<string>();
        foreach (var (_, copy) in Sessions.All(session))
        {
            var m = copy.Build.Message;
            void See(string slot, CcAddress? a)
            {
                if (a is not null && Classify(a.Raw) is { } form)
                {
                    seen.Add($"{slot}/{form}/{CaseOf(a.Raw)}");
                }
            }

            See("From", m.From);
            See("Rrt", m.ReturnReceiptTo);
            m.To.ForEach(a => See("To", a));
            m.Cc.ForEach(a => See("Cc", a));
            m.Bcc.ForEach(a => See("Bcc", a));
        }

        var expected = from slot in new[] { "From", "To", "Cc", "Bcc", "Rrt" }
                       from form in new[] { "at", "typed", "typed-bang", "bang", "bracketed", "x400-slash", "x400-semicolon", "x400-admd" }
                       from letterCase in new[] { "upper", "lower", "mixed" }
                       select $"{slot}/{form}/{letterCase}";
        var missing = expected.Except(seen).ToArray();
        Assert.True(missing.Length == 0, "never generated: " + string.Join(", ", missing));
    }

    [Fact]
    public void Q197114MixesAttmailWithOtherAddressTypesInTheSameMessage()
    {
        var session = Sessions.Create("q197114");
        var mixed = Sessions.All(session).Count(x =>
        {
            var kinds = Sessions.Addresses(x.Copy.Build.Message).Select(a => a.Kind).ToHashSet();
            return kinds.Contains(AddressKind.Attmail) && kinds.Count >= 3;
        });
        Assert.True(mixed >= 120, $"only {mixed} messages mix ATTMAIL with two other kinds");
    }

    [Theory]
    [InlineData(850)]
    [InlineData(437)]
    [InlineData(932)]
    public void MinimalInjectsEveryFaultOfAllThatAppliesAtLeastOnce(int codePage)
    {
        var session = Sessions.Create("minimal", codePage: codePage);
        var injected = new HashSet<string>(session.Plan.MailboxFaults.SelectMany(f => f.Faults).Select(f => f.Id));
        foreach (var (_, copy) in Sessions.All(session))
        {
            injected.UnionWith(copy.Build.Marks.Select(m => m.Fault.Id));
            injected.UnionWith(copy.Build.Db8Faults.Select(f => f.Id));
        }

        var applicable = FaultCatalog.All.Where(f => f.InAll && session.Settings.WhyNotApplicable(f, session.PostOffice.TimeZone) is null).Select(f => f.Id);
        Assert.Empty(applicable.Except(injected));
        Assert.Equal(codePage == 932 ? 38 : 39, applicable.Count());
    }

    [Theory]
    [InlineData("minimal", 3, 50)]
    [InlineData("realistic", 7, 333)]
    [InlineData("stress", 12, 120)]
    [InlineData("bulk", 1, 40)]
    public void TheMailboxesHoldExactlyTheRequestedNumberOfMessages(string profile, int users, int messages)
    {
        var session = Sessions.Create(profile, users: users, messages: messages, faults: profile == "minimal" ? null : ["none"]);
        Assert.Equal(users, session.PostOffice.Users.Count);
        Assert.Equal(messages, session.Plan.Copies.Sum(c => c.Count));
    }

    [Fact]
    public void StressWritesHeadersOverFourAndJustUnderOneHundredSixtyKilobytes()
    {
        var session = Sessions.Create("stress", users: 5, messages: 60);
        var sizes = Sessions.All(session)
            .Where(x => x.Copy.Build.Marks.Any(m => m.Fault.Id is LongHeader4kFault.Id or LongHeader160kFault.Id))
            .Select(x => (x.Copy.Build.Marks.First(m => m.Fault.Id.StartsWith("long-header", StringComparison.Ordinal)).Fault.Id,
                Sessions.Addresses(x.Copy.Build.Message).Sum(a => a.Raw.Length + 6)))
            .ToArray();
        Assert.Contains(sizes, s => s.Item1 == LongHeader4kFault.Id && s.Item2 > 4096);
        Assert.Contains(sizes, s => s.Item1 == LongHeader160kFault.Id && s.Item2 > 150 * 1024 && s.Item2 < 160 * 1024);
    }

    private static string? Classify(string raw)
    {
        var upper = raw.ToUpperInvariant();
        if (!upper.Contains("ATTMAIL", StringComparison.Ordinal))
        {
            return null;
        }

        return upper switch
        {
            _ when upper.EndsWith(" AT ATTMAIL", StringComparison.Ordinal) => "at",
            _ when upper.StartsWith("ATTMAIL:!", StringComparison.Ordinal) => "typed-bang",
            _ when upper.StartsWith("ATTMAIL:", StringComparison.Ordinal) => "typed",
            _ when upper.StartsWith("ATTMAIL!", StringComparison.Ordinal) => "bang",
            _ when upper.StartsWith("[SMTP:ATTMAIL!", StringComparison.Ordinal) => "bracketed",
            _ when upper.StartsWith("X400:/C=US/A=ATTMAIL/", StringComparison.Ordinal) => "x400-slash",
            _ when upper.StartsWith("X400:/C=US/ADMD=ATTMAIL/", StringComparison.Ordinal) => "x400-admd",
            _ when upper.StartsWith("C=US;A=ATTMAIL;", StringComparison.Ordinal) => "x400-semicolon",
            _ => null,
        };
    }

    private static string CaseOf(string raw) =>
        raw == raw.ToUpperInvariant() ? "upper" : raw == raw.ToLowerInvariant() ? "lower" : "mixed";
}
