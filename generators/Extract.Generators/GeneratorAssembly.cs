namespace Extract.Generators;
internal static class GeneratorAssembly { }
