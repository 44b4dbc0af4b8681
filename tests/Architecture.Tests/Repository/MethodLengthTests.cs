using MailMig.Fidelity.Architecture.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MailMig.Fidelity.Architecture.Tests.Repository;

/*
 * A method should be short enough to read at once: the house style says about 60 lines. A long
 * method is where a parser's corner cases hide (the export parser's 88-line header reader was one),
 * so the limit is checked, not hoped for. Every method, constructor, accessor and local function
 * in src/ is measured from its first line to its closing brace (comments above it not counted),
 * with Roslyn's own syntax tree so that strings and comments cannot confuse the count.
 */
public sealed class MethodLengthTests
{
    /// <summary>The most lines a method of src/ may span.</summary>
    public const int MaxLines = 60;

    [Fact]
    public void NoMethodInSrcIsLongerThanSixtyLines()
    {
        var files = SourceFiles().ToList();

        var tooLong = files.SelectMany(LongMembers).ToList();

        Assert.True(files.Count > 100, "the scan found almost no source files: " + files.Count);
        Assert.True(tooLong.Count == 0, $"these members are longer than {MaxLines} lines (split them by what they do):\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void TheMeasureCountsAMethodFromItsSignatureToItsClosingBrace()
    {
        var body = string.Join("\n", Enumerable.Range(0, MaxLines - 1).Select(i => $"        var x{i} = {i};"));
        var code = $"class C\n{{\n    /// <summary>Not counted.</summary>\n    void Long()\n    {{\n{body}\n    }}\n\n    void Short() {{ }}\n}}";

        var spans = Measure(CSharpSyntaxTree.ParseText(code)).ToDictionary(m => m.Name, m => m.Lines);

        Assert.Equal(MaxLines + 2, spans["Long"]);
        Assert.Equal(1, spans["Short"]);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Of("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(RepositoryPaths.Root, path).Split('/', '\\').Any(part => part is "bin" or "obj"));

    private static IEnumerable<string> LongMembers(string path) =>
        Measure(CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path))
            .Where(m => m.Lines > MaxLines)
            .Select(m => $"{Path.GetRelativePath(RepositoryPaths.Root, path)}:{m.Line}: {m.Name} ({m.Lines} lines)");

    private static IEnumerable<(string Name, int Line, int Lines)> Measure(SyntaxTree tree)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (NameOf(node) is not { } name)
            {
                continue;
            }

            var lines = tree.GetLineSpan(node.Span);
            yield return (name, lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line - lines.StartLinePosition.Line + 1);
        }
    }

    private static string? NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax method => method.Identifier.Text,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.Text + " (constructor)",
        LocalFunctionStatementSyntax local => local.Identifier.Text + " (local function)",
        AccessorDeclarationSyntax accessor when accessor.Parent?.Parent is BasePropertyDeclarationSyntax property => $"{PropertyName(property)}.{accessor.Keyword.Text}",
        OperatorDeclarationSyntax op => "operator " + op.OperatorToken.Text,
        _ => null,
    };

    private static string PropertyName(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.Identifier.Text,
        EventDeclarationSyntax e => e.Identifier.Text,
        _ => "this[]",
    };
}
