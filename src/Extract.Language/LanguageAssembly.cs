namespace Extract.Language;
/// <summary>Marker.</summary>
internal static class LanguageAssembly { }
