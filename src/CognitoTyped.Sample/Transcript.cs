using System.Diagnostics;

namespace CognitoTyped.Sample;

/// <summary>Numbered steps with their timing, and clear notes for what is skipped and why.</summary>
internal sealed class Transcript(TextWriter output)
{
    private int _step;

    public async Task<T> StepAsync<T>(string title, Func<Task<T>> action, Func<T, string>? describe = null)
    {
        _step++;
        output.Write($"{_step,2}. {title} … ");
        var watch = Stopwatch.StartNew();
        var result = await action();
        output.WriteLine($"ok ({watch.ElapsedMilliseconds} ms)");
        if (describe is not null)
        {
            foreach (var line in describe(result).Split('\n'))
            {
                output.WriteLine("      " + line);
            }
        }

        return result;
    }

    public Task StepAsync(string title, Func<Task> action, string? detail = null)
        => StepAsync<bool>(title, async () => { await action(); return true; }, detail is null ? null : _ => detail);

    public void Skip(string title, string why)
    {
        _step++;
        output.WriteLine($"{_step,2}. {title} … skipped");
        output.WriteLine("      " + why);
    }

    public void Line(string text = "") => output.WriteLine(text);
}
