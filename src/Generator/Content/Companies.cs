using Bogus;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>A fixed pool of company names drawn once per run: Bogus builds a company name from a template, which is too slow for every message.</summary>
public sealed class Companies
{
    private const int PoolSize = 256;
    private readonly string[] _names;
    private readonly string[] _orgs;

    /// <summary>The pool for a run seeded by <paramref name="seed"/>.</summary>
    public Companies(int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        _names = Enumerable.Range(0, PoolSize).Select(_ => faker.Company.CompanyName()).ToArray();
        _orgs = Enumerable.Range(0, PoolSize).Select(_ => Addresses.ForeignAddresses.Ascii(faker.Company.CompanyName(0).ToUpperInvariant())).ToArray();
    }

    /// <summary>A company name such as <c>Mayer - O'Kon</c>.</summary>
    public string Name(Randomizer random) => _names[random.Int(0, PoolSize - 1)];

    /// <summary>An organisation token for X.400 and MS Mail addresses: ASCII letters and digits in upper case.</summary>
    public string Org(Randomizer random) => _orgs[random.Int(0, PoolSize - 1)];
}
