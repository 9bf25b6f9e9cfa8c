using System.Globalization;
using System.Text;

namespace Extract.Generators.Emission;

/// <summary>C# spelling helpers: literals, identifiers, XML text.</summary>
internal static class CSharp
{
    /// <summary>A C# regular string literal; printable characters (Arabic included) are kept as they are.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var category = char.GetUnicodeCategory(c);
                    bool invisible = c < ' ' || category is UnicodeCategory.Control or UnicodeCategory.Format
                        or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
                    if (invisible) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Text safe inside an XML doc comment.</summary>
    public static string XmlEscape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default:
                    var category = char.GetUnicodeCategory(c);
                    bool invisible = char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator
                        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
                    builder.Append(invisible ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A PascalCase C# identifier from a rule-language name (<c>Arabic.Control</c> → <c>ArabicControl</c>,
    /// <c>controller</c> → <c>Controller</c>); letters of any script are kept, anything else separates words.
    /// </summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool upper = true;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }
        if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary>A namespace name made of valid identifiers, or empty for the global namespace.</summary>
    public static string Namespace(string rootNamespace)
    {
        var parts = rootNamespace.Split('.')
            .Select(part => part.Trim())
            .Where(part => part.Length > 0)
            .Select(part => Keywords.Contains(part) ? "@" + part : IsIdentifier(part) ? part : Pascal(part));
        return string.Join(".", parts);
    }

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>Integers as a C# array initializer body.</summary>
    public static string IntList(IEnumerable<int> values)
    {
        var builder = new StringBuilder();
        int count = 0;
        foreach (int value in values)
        {
            if (count > 0) builder.Append(", ");
            builder.Append(value.ToString(CultureInfo.InvariantCulture));
            count++;
        }
        return builder.ToString();
    }
}
