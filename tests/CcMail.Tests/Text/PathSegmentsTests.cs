using CsCheck;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Tests.Text;

public class PathSegmentsTests
{
    [Theory]
    [InlineData("Inbox", "Inbox")]
    [InlineData("Message Log", "Message Log")]
    [InlineData("Smith, Grover", "Smith, Grover")]
    [InlineData("A/B", "A%2FB")]
    [InlineData("50% off: *now*?", "50%25 off%3A %2Anow%2A%3F")]
    [InlineData("Grüße", "Gr%C3%BC%C3%9Fe")]
    [InlineData("Müller", "M%C3%BCller")]
    [InlineData("CON", "%43ON")]
    [InlineData("nul.txt", "%6Eul.txt")]
    [InlineData("Com1", "%43om1")]
    [InlineData("CONSOLE", "CONSOLE")]
    [InlineData("CON .txt", "%43ON .txt")]
    [InlineData("Smith, John Q.", "Smith, John Q%2E")]
    [InlineData(".", "%2E")]
    [InlineData("..", "%2E%2E")]
    [InlineData(" padded ", "%20padded%20")]
    [InlineData("ends.", "ends%2E")]
    [InlineData("", "%")]
    [InlineData("000001.eml", "000001%2Eeml")]
    [InlineData("Archive.MBOX", "Archive%2EMBOX")]
    [InlineData("migration-report.json", "migration-report%2Ejson")]
    public void NamesBecomeSafeSegments(string name, string segment)
    {
        Assert.Equal(segment, PathSegments.Encode(name));
        Assert.Equal(name, PathSegments.Decode(segment));
    }

    [Fact]
    public void CaseCollisionsAreEncodedInSourceOrder()
    {
        var siblings = new SiblingSegments();
        Assert.Equal("Inbox", siblings.Allocate("Inbox"));
        Assert.Equal("%49%4E%42%4F%58", siblings.Allocate("INBOX"));
        Assert.Equal("%69%6E%62%6F%78", siblings.Allocate("inbox"));
        Assert.Equal("%43ON", siblings.Allocate("CON"));
        Assert.Equal("%43%6F%6E", siblings.Allocate("Con"));
        Assert.Equal("Inbox", siblings.Allocate("Inbox"));
    }

    [Fact]
    public void RepeatedNamesGetDistinctSegmentsThatDecodeToTheName()
    {
        var siblings = new SiblingSegments();
        var segments = new[] { "Doe, Jane", "Doe, Jane", "Doe, Jane", "", "" }.Select(siblings.AllocateNew).ToList();
        Assert.Equal(["Doe, Jane", "%44oe, %4Aane", "%44%6F%65, %4A%61%6E%65", "%", "~2"], segments);
        Assert.Equal(segments.Count, segments.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(segments.Take(3), s => Assert.Equal("Doe, Jane", PathSegments.Decode(s)));
    }

    private static readonly string[] Tricky = ["CON", "con", "Con", "NUL.txt", "nul.TXT", ".", "..", "", " ", "a.eml", "A.EML", "%41", "A", "a", "COM1", "com1"];

    private static readonly Gen<string> Names = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["aAbB. %CcOoNn1"], 0, 6],
        Gen.Int[0, Tricky.Length - 1].Select(i => Tricky[i]));

    [Fact]
    public void DecodingAnEncodedNameGivesItBack()
    {
        Names.Sample(name =>
        {
            name = name.Any(char.IsSurrogate) ? "s" : name;
            foreach (var strength in Enum.GetValues<PathSegments.Strength>())
            {
                var segment = PathSegments.Encode(name, strength);
                Assert.True(segment.Length <= PathSegments.MaxSegmentBytes, segment);
                if (PathSegments.IsShortened(segment))
                {
                    // A shortened segment names its name by a readable prefix and the name's hash.
                    var marker = segment.IndexOf(PathSegments.ShortenedMarker, StringComparison.Ordinal);
                    Assert.StartsWith(PathSegments.Decode(segment[..marker]), name, StringComparison.Ordinal);
                    Assert.Equal(PathSegments.NameHash(name), segment[(marker + PathSegments.ShortenedMarker.Length)..]);
                }
                else
                {
                    Assert.Equal(name, PathSegments.Decode(segment));
                }
            }
        }, iter: 3000);
    }

    [Fact]
    public void AThreeHundredCharacterNameIsShortenedToAReadablePrefixAndItsHash()
    {
        var name = "Quarterly reports " + new string('q', 282);
        var segment = PathSegments.Encode(name);

        Assert.Equal(PathSegments.MaxSegmentBytes - 2, segment.Length);
        Assert.StartsWith("Quarterly reports qqq", segment, StringComparison.Ordinal);
        Assert.EndsWith("%~" + PathSegments.NameHash(name), segment, StringComparison.Ordinal);
        Assert.NotEqual(segment, PathSegments.Encode(name + "q"));
    }

    [Fact]
    public void AShortenedSegmentNeverCutsAMultiByteCharacter()
    {
        var name = new string('é', 200);
        var segment = PathSegments.Encode(name);
        var prefix = segment[..segment.IndexOf(PathSegments.ShortenedMarker, StringComparison.Ordinal)];

        Assert.Equal(0, prefix.Length % 6);
        Assert.Equal(new string('é', prefix.Length / 6), PathSegments.Decode(prefix));
    }

    [Fact]
    public void DistinctSiblingsNeverCollideIgnoringCaseAndEachDecodesToItsName()
    {
        Names.Array[1, 12].Sample(names =>
        {
            var siblings = new SiblingSegments();
            var distinct = names.Select(n => n.Any(char.IsSurrogate) ? "s" : n).Distinct(StringComparer.Ordinal).ToList();
            var segments = distinct.Select(siblings.Allocate).ToList();
            Assert.Equal(segments.Count, segments.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(distinct, segments.Select(PathSegments.Decode).ToList());
            Assert.All(segments, s => Assert.True(s.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0']) < 0 && s is not ("." or "..") && !s.EndsWith(' ') && !s.EndsWith('.'), s));
        }, iter: 3000);
    }
}
