using System.Text.Json;

namespace CognitoTyped.ServiceModel.Tests;

public class ExtractorTests
{
    private static readonly string Model = File.ReadAllText(RepositoryFiles.SyntheticPath("widgets.service-2.json"));
    private static readonly string Paginators = File.ReadAllText(RepositoryFiles.SyntheticPath("widgets.paginators-1.json"));

    [Fact]
    public void Extracting_the_synthetic_model_gives_the_expected_facts()
    {
        // widgets.facts.json is the reviewed expectation: prose gone, operations and shapes by name, members in model
        // order, fact keys in the extractor's order, the paginator merged into ListWidgets.
        var expected = File.ReadAllText(RepositoryFiles.SyntheticPath("widgets.facts.json"));

        Assert.Equal(expected, FactsExtractor.Extract(Model, Paginators));
    }

    [Fact]
    public void Extracting_twice_gives_the_same_bytes()
    {
        Assert.Equal(FactsExtractor.Extract(Model, Paginators), FactsExtractor.Extract(Model, Paginators));
    }

    [Fact]
    public void Members_keep_model_order_while_shapes_are_sorted()
    {
        using var facts = JsonDocument.Parse(FactsExtractor.Extract(Model, Paginators));

        var members = facts.RootElement.GetProperty("shapes").GetProperty("WidgetType").GetProperty("members")
            .EnumerateObject().Select(member => member.Name);
        var shapes = facts.RootElement.GetProperty("shapes").EnumerateObject().Select(shape => shape.Name).ToList();

        Assert.Equal(["Name", "Color", "Tags", "Enabled", "Legacy", "CreatedAt"], members);
        Assert.Equal(shapes.Order(StringComparer.Ordinal), shapes);
    }

    [Fact]
    public void The_output_has_no_prose_and_a_fixed_layout()
    {
        var facts = FactsExtractor.Extract(Model, Paginators);
        using var document = JsonDocument.Parse(facts);

        Assert.Empty(ProseDetector.FindProse(document.RootElement));
        Assert.DoesNotContain('\r', facts);
        Assert.StartsWith("{\n  \"version\": \"2.0\",\n  \"metadata\": {\n    \"apiVersion\"", facts, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", facts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"box\": true", "\"box\": true, \"summary\": \"x\"", "summary", "/shapes/WidgetType/members/Enabled/summary")]
    [InlineData("\"fault\": true", "\"fault\": true, \"retryable\": {}", "retryable", "/shapes/InternalFailureException/retryable")]
    [InlineData("\"authtype\": \"none\",", "\"authtype\": \"none\", \"endpoint\": {},", "endpoint", "/operations/GetWidget/endpoint")]
    [InlineData("\"jsonVersion\": \"1.1\",", "\"jsonVersion\": \"1.1\", \"description\": \"a\",", "description", "/metadata/description")]
    public void An_unknown_key_fails_naming_the_key_and_its_path(string original, string replacement, string key, string path)
    {
        Assert.Contains(original, Model, StringComparison.Ordinal);
        var changed = Model.Replace(original, replacement, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => FactsExtractor.Extract(changed, Paginators));

        Assert.Contains($"Unknown key '{key}' at {path}", error.Message, StringComparison.Ordinal);
        Assert.Contains("FactKeys.cs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_paginator_key_fails_naming_the_key_and_its_path()
    {
        var changed = Paginators.Replace("\"limit_key\"", "\"more_results\": \"Done\", \"limit_key\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => FactsExtractor.Extract(Model, changed));

        Assert.Contains("Unknown key 'more_results' at /pagination/ListWidgets/more_results", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paginator_for_an_operation_the_model_lacks_fails()
    {
        var changed = Paginators.Replace("\"ListWidgets\"", "\"ListGadgets\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => FactsExtractor.Extract(Model, changed));

        Assert.Contains("'ListGadgets'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_of_the_wrong_kind_fails_with_its_path()
    {
        var changed = Model.Replace("\"max\": 60", "\"max\": {\"value\": 60}", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => FactsExtractor.Extract(changed, Paginators));

        Assert.Contains("/shapes/LimitType/max", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_fails_rather_than_one_copy_winning()
    {
        var changed = Model.Replace("\"type\": \"boolean\"", "\"type\": \"boolean\", \"type\": \"string\"", StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => FactsExtractor.Extract(changed, Paginators));
    }

    [Fact]
    public void A_model_without_paginators_has_none_merged()
    {
        var facts = FactsExtractor.Extract(Model, paginatorsJson: null);

        Assert.DoesNotContain("\"paginator\"", facts, StringComparison.Ordinal);
    }
}
