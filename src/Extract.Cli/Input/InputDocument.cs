namespace Extract.Cli.Input;

/// <summary>One document read from the input: its id (a path or the JSONL id) and its text.</summary>
internal sealed record InputDocument(string Id, string Text);

/// <summary>How documents are read: plain text files or JSON lines, and which JSON fields hold id and text.</summary>
internal sealed record InputOptions(string Format, string TextField, string IdField);
