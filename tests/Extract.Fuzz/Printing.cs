using System.Text;

namespace Extract.Fuzz;

/// <summary>Inputs printed so that they can be pasted into a C# string literal of a regression test.</summary>
public static class Printing
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c == '\n') builder.Append("\\n");
            else if (c < ' ' || c is >= '\u007F' and < '\u00A0' || char.IsSurrogate(c) || c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or '\uFEFF' or >= '\uFFF0')
                builder.Append($"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    public static string Bytes(byte[] bytes) => "bytes (base64) " + Convert.ToBase64String(bytes);
}
