namespace MailMig.Fidelity.Generator.Addresses;

/// <summary>The letter case an address is written in.</summary>
public enum TextCase
{
    /// <summary>Every letter upper case.</summary>
    Upper,

    /// <summary>Every letter lower case.</summary>
    Lower,

    /// <summary>Letters alternating upper and lower case.</summary>
    Mixed,
}
