using System.Text;

namespace Extract.Generators.Emission;

/// <summary>A string builder that knows the current indentation and writes blocks.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder builder = new();
    private int depth;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) builder.Append(' ', depth * 4).Append(text);
        builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        depth++;
        return this;
    }

    public CodeWriter Close(string tail = "")
    {
        depth--;
        return Line("}" + tail);
    }

    public CodeWriter Indent()
    {
        depth++;
        return this;
    }

    public CodeWriter Outdent()
    {
        depth--;
        return this;
    }

    /// <summary>Writes <paramref name="text"/> as an XML doc comment block (escaped), one line per source line.</summary>
    public CodeWriter Doc(string tag, string text)
    {
        Line($"/// <{tag}>");
        foreach (var line in text.Replace("\r\n", "\n").Split('\n')) Line("/// " + CSharp.XmlEscape(line));
        return Line($"/// </{tag}>");
    }

    public override string ToString() => builder.ToString();
}
