using System.Globalization;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>
/// A secret split into many literals is as hard-coded as one literal, however many parts it has: C# nests <c>a + b + c</c> to
/// the left, one level per part, so the evaluator must not count the parts against its depth limit (nor against the stack).
/// </summary>
public sealed class ConcatenationTests
{
    private static string Parts(int count, Func<int, string> part)
        => string.Join(" + ", Enumerable.Range(0, count).Select(part));

    private static string Literal(int i) => "\"" + i.ToString("x2", CultureInfo.InvariantCulture) + "\"";

    private static string Source(string secret, string members = "") => $$"""
        using CognitoTyped;

        class Sample
        {
            private const string Head = "k1";
            private static readonly string Tail = "z9";
            private static readonly string FromEnvironment = System.Environment.GetEnvironmentVariable("SECRET") ?? "";
            {{members}}

            object M() => new CognitoClientOptions { ClientSecret = {|#0:{{secret}}|} };
        }
        """;

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(1000)]
    public Task Literal_concatenation_of_any_length_given_to_ClientSecret_is_flagged(int parts) =>
        Verify.AnalyzerAsync(Source(Parts(parts, Literal)), Verify.ClientSecret());

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(1000)]
    public Task Concatenation_of_any_length_mixing_literals_const_and_static_readonly_fields_is_flagged(int parts) =>
        Verify.AnalyzerAsync(Source(Parts(parts, i => (i % 3) switch { 0 => "Head", 1 => Literal(i), _ => "Tail" })), Verify.ClientSecret());

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public Task Concatenation_with_one_value_from_the_environment_is_not_flagged(int parts) =>
        Verify.AnalyzerAsync(Source(Parts(parts, i => i == parts / 2 ? "FromEnvironment" : Literal(i))));

    [Fact]
    public Task Concatenation_nested_to_the_right_by_parentheses_is_flagged() =>
        Verify.AnalyzerAsync(Source(string.Concat(Enumerable.Range(0, 50).Select(i => Literal(i) + " + (")) + "Tail" + new string(')', 50)), Verify.ClientSecret());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Member_first_met_deep_in_a_chain_is_still_flagged_when_given_directly(bool deepFirst)
    {
        // A = B = C = D = E = F = "s3cr3t" is longer than the evaluator follows, so A is not flagged; evaluating A meets D near
        // the depth limit, and what D holds must not be remembered from that cut-short evaluation: D alone is short enough.
        // Nor may A be flagged because D was met directly first: what is reported does not depend on the order.
        const string deep = "object Deep() => new CognitoClientOptions { ClientSecret = A };";
        const string direct = "object Direct() => new CognitoClientOptions { ClientSecret = {|#0:D|} };";
        var source = $$"""
            using CognitoTyped;

            class Sample
            {
                private static readonly string A = B;
                private static readonly string B = C;
                private static readonly string C = D;
                private static readonly string D = E;
                private static readonly string E = F;
                private static readonly string F = "s3cr3t";

                {{(deepFirst ? deep : direct)}}

                {{(deepFirst ? direct : deep)}}
            }
            """;
        return Verify.AnalyzerAsync(source, Verify.ClientSecret());
    }
}
