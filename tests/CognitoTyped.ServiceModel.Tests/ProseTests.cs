using System.Text.Json;

namespace CognitoTyped.ServiceModel.Tests;

public class ProseTests
{
    [Theory]
    [InlineData("cognito-idp")]
    [InlineData("cognito-identity")]
    public void No_key_or_string_in_the_facts_reads_like_prose(string service)
    {
        using var facts = RepositoryFiles.ReadFacts(service);

        Assert.Empty(ProseDetector.FindProse(facts.RootElement));
    }

    [Fact]
    public void The_detector_finds_every_piece_of_prose_in_the_synthetic_model()
    {
        // The check above is only as good as the detector: on the hand-written model, with its documentation still in,
        // it must flag each prose key and each documentation string.
        using var model = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.SyntheticPath("widgets.service-2.json")));

        var found = ProseDetector.FindProse(model.RootElement);

        string[] expected =
        [
            "/operations/ListWidgets/input/documentation",
            "/operations/ListWidgets/errors/0/documentation",
            "/operations/ListWidgets/documentation",
            "/operations/ListWidgets/documentationUrl",
            "/operations/GetWidget/documentation",
            "/shapes/WidgetType/members/Name/documentation",
            "/shapes/WidgetType/members/Color/documentation",
            "/shapes/WidgetType/members/Legacy/deprecatedMessage",
            "/shapes/WidgetType/documentation",
            "/shapes/WidgetListType/documentation",
            "/shapes/WidgetNotFoundException/documentation",
            "/documentation",
        ];
        foreach (var path in expected)
        {
            // Each prose key is flagged as a key, and its text as prose (the URL is the one value that is not a sentence).
            Assert.Contains($"{path}: a prose key", found);
            if (!path.EndsWith("documentationUrl", StringComparison.Ordinal))
            {
                Assert.Contains(found, entry => entry.StartsWith($"{path}: ", StringComparison.Ordinal) && entry != $"{path}: a prose key");
            }
        }

        Assert.Equal(expected.Length * 2 - 1, found.Count);
    }

    [Theory]
    [InlineData("Amazon Cognito Identity Provider")]
    [InlineData("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+")]
    [InlineData("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:::[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?")]
    [InlineData("^cognito:(default|dutch|english|french)$")]
    [InlineData("ADMIN_NO_SRP_AUTH")]
    public void Facts_that_look_a_little_like_text_are_not_prose(string fact)
    {
        Assert.Null(ProseDetector.WhyProse(fact));
    }

    [Theory]
    [InlineData("This property is no longer available.")]
    [InlineData("The user pool ID, for example")]
    [InlineData("Returns the user pool configuration")]
    [InlineData("<p>Lists groups</p>")]
    public void Sentences_are_prose(string text)
    {
        Assert.NotNull(ProseDetector.WhyProse(text));
    }
}
