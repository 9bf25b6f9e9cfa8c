using Extract.Language.Model;

namespace Extract.Language.Binding;

/// <summary>Receives one binder diagnostic: its id, whether it is an error, its message and location.</summary>
internal delegate void Report(string id, bool isError, string message, SourceLocation location);
