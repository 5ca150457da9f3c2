using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Maps.Api.Tests;

/// <summary>
/// The backend stays readable in small pieces (issue 27): no function over 60 lines, no file over 250 lines, no line
/// over 120 characters. Read from the source with Roslyn, so a function is what the compiler sees: a method,
/// constructor, operator, accessor, local function or lambda, counted from its signature (attributes aside) to its
/// closing brace or semicolon. Each violation is listed, with where it is.
/// </summary>
public sealed class CodeShapeTests
{
    public const int MaxFunctionLines = 60;
    public const int MaxFileLines = 250;
    public const int MaxLineLength = 120;

    [Fact]
    public void Backend_functions_files_and_lines_are_short()
    {
        var backend = Path.Combine(FolderDependencyTests.RepositoryRoot(), "backend");
        var violations = BackendFiles(backend)
            .SelectMany(file => Violations(Path.GetRelativePath(backend, file), File.ReadAllText(file)))
            .ToList();
        Assert.True(violations.Count == 0,
            $"{violations.Count} shape violations in backend/:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_check_finds_each_kind_of_violation()
    {
        var longMethod = string.Join("\n", Enumerable.Range(0, MaxFunctionLines - 2).Select(i => $"    var x{i} = {i};"));
        var source = $$"""
            class C
            {
                void Long()
                {
            {{longMethod}}
                }

                [System.Obsolete]
                void Short()
                {
                    System.Func<int> f = () => 1;
                }
            }
            // {{new string('x', MaxLineLength - 2)}}
            """;
        var violations = Violations("C.cs", source).ToList();
        Assert.Contains("C.cs:3: method Long is 61 lines (max 60)", violations);
        Assert.Contains("C.cs:71: line is 121 characters (max 120)", violations);
        Assert.Equal(2, violations.Count);
        Assert.Contains(Violations("Big.cs", string.Concat(Enumerable.Repeat("//\n", MaxFileLines + 1))),
            v => v == "Big.cs: file is 251 lines (max 250)");
    }

    public static IEnumerable<string> BackendFiles(string backend) =>
        Directory.EnumerateFiles(backend, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(backend, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> Violations(string path, string source)
    {
        var lines = source.Split('\n');
        var lineCount = source.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        if (lineCount > MaxFileLines) yield return $"{path}: file is {lineCount} lines (max {MaxFileLines})";
        for (var i = 0; i < lineCount; i++)
        {
            var length = lines[i].TrimEnd('\r').Length;
            if (length > MaxLineLength)
                yield return $"{path}:{i + 1}: line is {length} characters (max {MaxLineLength})";
        }
        var tree = CSharpSyntaxTree.ParseText(source, path: path);
        foreach (var function in tree.GetRoot().DescendantNodes().Where(IsFunction))
        {
            var start = function.ChildNodesAndTokens().First(c => !c.IsKind(SyntaxKind.AttributeList)).SpanStart;
            var span = tree.GetLineSpan(TextSpanFrom(start, function.Span.End));
            var length = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (length > MaxFunctionLines)
                yield return $"{path}:{span.StartLinePosition.Line + 1}: {Describe(function)} is {length} lines " +
                    $"(max {MaxFunctionLines})";
        }
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan TextSpanFrom(int start, int end) =>
        Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end);

    private static bool IsFunction(SyntaxNode node) => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
        or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax
        or PropertyDeclarationSyntax { ExpressionBody: not null } or IndexerDeclarationSyntax { ExpressionBody: not null };

    private static string Describe(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => $"method {m.Identifier}",
        ConstructorDeclarationSyntax c => $"constructor {c.Identifier}",
        LocalFunctionStatementSyntax l => $"local function {l.Identifier}",
        AccessorDeclarationSyntax a => $"{a.Keyword} accessor of {Describe(a.Parent!.Parent!)}",
        PropertyDeclarationSyntax p => $"property {p.Identifier}",
        AnonymousFunctionExpressionSyntax => "lambda",
        _ => node.Kind().ToString(),
    };
}
