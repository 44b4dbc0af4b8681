using System.Globalization;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Numbers volatile values per category within one projection: the same value always gets the same <c>Category_N</c>.</summary>
public sealed class ScrubCounter
{
    private readonly Dictionary<string, Dictionary<string, int>> _categories = new(StringComparer.Ordinal);

    /// <summary>Returns the counter text (<c>MessageId_1</c>) for <paramref name="value"/> in <paramref name="category"/>.</summary>
    public string Replace(string category, string value)
    {
        if (!_categories.TryGetValue(category, out var values))
        {
            values = new Dictionary<string, int>(StringComparer.Ordinal);
            _categories.Add(category, values);
        }

        if (!values.TryGetValue(value, out var number))
        {
            number = values.Count + 1;
            values.Add(value, number);
        }

        return category + "_" + number.ToString(CultureInfo.InvariantCulture);
    }
}
