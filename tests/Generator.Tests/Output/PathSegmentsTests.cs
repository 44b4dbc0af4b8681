using CsCheck;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Tests.Output;

public sealed class PathSegmentsTests
{
    private static readonly Gen<string> Names =
        Gen.String[Gen.OneOf(Gen.Char["aZ ,.\"'/\\:*?<>|%-"], Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('é'), Gen.Const('表'), Gen.Const('ß')), 1, 20];

    [Fact]
    public void DecodingASegmentGivesBackTheName()
    {
        Names.Sample(name => PathSegments.Decode(PathSegments.Encode(name)) == name, iter: 2000, threads: 1);
    }

    [Fact]
    public void SegmentsHoldNoPathOrReservedCharacters()
    {
        Names.Sample(name => PathSegments.Encode(name).IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) < 0, iter: 2000, threads: 1);
    }

    [Fact]
    public void SiblingsNeverCollideIgnoringCase()
    {
        Names.List[1, 12].Sample(names =>
        {
            var distinct = names.Distinct().ToArray();
            var segments = PathSegments.Assign(distinct);
            return segments.Distinct(StringComparer.OrdinalIgnoreCase).Count() == distinct.Length
                && segments.Select(PathSegments.Decode).SequenceEqual(distinct);
        }, iter: 500, threads: 1);
    }

    [Theory]
    [InlineData("Smith, Grover", "Smith, Grover")]
    [InlineData("CON", "%43ON")]
    [InlineData("nul.txt", "%6Eul.txt")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("Müller", "M%C3%BCller")]
    public void ReservedAndUnsafeNamesAreEncodedAsTheOutputContractSays(string name, string segment)
    {
        Assert.Equal(segment, PathSegments.Encode(name));
    }
}
