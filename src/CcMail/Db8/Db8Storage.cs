namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Where the files of a post office live: a directory on disk, or byte arrays in memory for tests.</summary>
internal abstract class Db8Storage
{
    /// <summary>The directory path (or a stand-in name) exceptions and diagnostics give.</summary>
    public abstract string Description { get; }

    /// <summary>Whether a <c>CCPOMBOX.*</c> file exists (KB Q170011).</summary>
    public abstract bool HasPostOfficeMarker();

    /// <summary>Opens <paramref name="name"/> for reading (name matched without regard to case), or null when it does not exist.</summary>
    public abstract Stream? OpenRead(string name);

    /// <summary>Creates or replaces <paramref name="name"/> for writing.</summary>
    public abstract Stream Create(string name);

    /// <summary>Removes <paramref name="name"/> if it exists.</summary>
    public abstract void Delete(string name);
}
