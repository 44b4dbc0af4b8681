using System.Text.Json.Serialization;

namespace MailMig.Fidelity.CcMail.Model;

/// <summary>One item of a message: text, a file, a forwarded message or another binary item.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$item")]
[JsonDerivedType(typeof(TextItem), "text")]
[JsonDerivedType(typeof(FileItem), "file")]
[JsonDerivedType(typeof(MessageItem), "message")]
[JsonDerivedType(typeof(BinaryItem), "binary")]
public abstract class CcItem
{
}
