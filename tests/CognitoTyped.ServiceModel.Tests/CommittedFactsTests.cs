using System.Text.Json;

namespace CognitoTyped.ServiceModel.Tests;

public class CommittedFactsTests
{
    public static TheoryData<string> Services => ["cognito-idp", "cognito-identity"];

    [Theory]
    [InlineData("cognito-idp", 129)]
    [InlineData("cognito-identity", 23)]
    public void Facts_have_every_operation_of_the_model(string service, int operations)
    {
        using var facts = RepositoryFiles.ReadFacts(service);

        var names = facts.RootElement.GetProperty("operations").EnumerateObject().ToList();

        Assert.Equal(operations, names.Count);
        Assert.All(names, operation => Assert.Equal(operation.Name, operation.Value.GetProperty("name").GetString()));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_operation_names_input_output_and_error_shapes_the_file_defines(string service)
    {
        using var facts = RepositoryFiles.ReadFacts(service);
        var shapes = facts.RootElement.GetProperty("shapes");

        var missing = new List<string>();
        foreach (var operation in facts.RootElement.GetProperty("operations").EnumerateObject())
        {
            // Every operation has an input; some (deletes, sign-out) have no output.
            var references = new List<JsonElement> { operation.Value.GetProperty("input") };
            if (operation.Value.TryGetProperty("output", out var output))
            {
                references.Add(output);
            }

            references.AddRange(operation.Value.GetProperty("errors").EnumerateArray());
            missing.AddRange(references
                .Select(reference => reference.GetProperty("shape").GetString()!)
                .Where(shape => !shapes.TryGetProperty(shape, out _))
                .Select(shape => $"{operation.Name} -> {shape}"));
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_member_list_element_and_map_entry_targets_a_defined_shape(string service)
    {
        using var facts = RepositoryFiles.ReadFacts(service);
        var shapes = facts.RootElement.GetProperty("shapes");

        var references = new List<(string From, string Target)>();
        foreach (var shape in shapes.EnumerateObject())
        {
            if (shape.Value.TryGetProperty("members", out var members))
            {
                references.AddRange(members.EnumerateObject()
                    .Select(member => ($"{shape.Name}.{member.Name}", member.Value.GetProperty("shape").GetString()!)));
            }

            foreach (var element in new[] { "member", "key", "value" })
            {
                if (shape.Value.TryGetProperty(element, out var target))
                {
                    references.Add(($"{shape.Name} {element}", target.GetProperty("shape").GetString()!));
                }
            }
        }

        Assert.NotEmpty(references);
        var missing = references
            .Where(reference => !shapes.TryGetProperty(reference.Target, out _))
            .Select(reference => $"{reference.From} -> {reference.Target}")
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_required_member_is_a_member(string service)
    {
        using var facts = RepositoryFiles.ReadFacts(service);

        var wrong = facts.RootElement.GetProperty("shapes").EnumerateObject()
            .Where(shape => shape.Value.TryGetProperty("required", out _))
            .SelectMany(shape => shape.Value.GetProperty("required").EnumerateArray()
                .Select(required => required.GetString()!)
                .Where(required => !shape.Value.GetProperty("members").TryGetProperty(required, out _))
                .Select(required => $"{shape.Name}.{required}"));

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("cognito-idp", 9)]
    [InlineData("cognito-identity", 1)]
    public void Paginators_name_members_of_their_operations_input_and_output(string service, int paginated)
    {
        using var facts = RepositoryFiles.ReadFacts(service);
        var shapes = facts.RootElement.GetProperty("shapes");
        bool HasMember(JsonElement operation, string side, string member) =>
            shapes.GetProperty(operation.GetProperty(side).GetProperty("shape").GetString()!)
                .GetProperty("members").TryGetProperty(member, out _);

        var paginators = facts.RootElement.GetProperty("operations").EnumerateObject()
            .Where(operation => operation.Value.TryGetProperty("paginator", out _))
            .ToList();

        Assert.Equal(paginated, paginators.Count);
        Assert.All(paginators, operation =>
        {
            var paginator = operation.Value.GetProperty("paginator");
            Assert.True(HasMember(operation.Value, "input", paginator.GetProperty("input_token").GetString()!), operation.Name);
            Assert.True(HasMember(operation.Value, "input", paginator.GetProperty("limit_key").GetString()!), operation.Name);
            Assert.True(HasMember(operation.Value, "output", paginator.GetProperty("output_token").GetString()!), operation.Name);
            Assert.True(HasMember(operation.Value, "output", paginator.GetProperty("result_key").GetString()!), operation.Name);
        });
    }

    [Theory]
    [InlineData("cognito-idp", 32)]
    [InlineData("cognito-identity", 4)]
    public void Unsigned_operations_say_so_both_ways(string service, int unsignedCount)
    {
        using var facts = RepositoryFiles.ReadFacts(service);

        var operations = facts.RootElement.GetProperty("operations").EnumerateObject().Select(operation => operation.Value).ToList();
        var byAuthtype = operations.Count(operation =>
            operation.TryGetProperty("authtype", out var authtype) && authtype.GetString() == "none");
        var byAuth = operations.Count(operation =>
            operation.TryGetProperty("auth", out var auth) && auth.EnumerateArray().Any(scheme => scheme.GetString() == "smithy.api#noAuth"));

        Assert.Equal(unsignedCount, byAuthtype);
        Assert.Equal(unsignedCount, byAuth);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Facts_are_in_the_extractors_layout(string service)
    {
        var text = File.ReadAllText(RepositoryFiles.FactsPath(service));
        using var facts = JsonDocument.Parse(text);

        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain('\t', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(text.StartsWith('\uFEFF'), "no byte order mark");
        Assert.All(text.Split('\n'), line => Assert.Equal(0, (line.Length - line.TrimStart(' ').Length) % 2));
        foreach (var section in new[] { "operations", "shapes" })
        {
            var names = facts.RootElement.GetProperty(section).EnumerateObject().Select(entry => entry.Name).ToList();
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
        }
    }
}
