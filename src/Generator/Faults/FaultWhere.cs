namespace MailMig.Fidelity.Generator.Faults;

/// <summary>Where a fault is injected: in the model (every output shows it), in export bytes or in DB8 bytes.</summary>
public enum FaultWhere
{
    /// <summary>A value the generator puts in the message; visible in every output format.</summary>
    Model,

    /// <summary>Bytes of the export text.</summary>
    Export,

    /// <summary>Bytes of the DB8 store.</summary>
    Db8,
}
