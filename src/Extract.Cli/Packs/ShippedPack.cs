using Extract.Matching;

namespace Extract.Cli.Packs;

/// <summary>The shipped Arabic pack (rules/ar), compiled into the command at build time by the source generator.</summary>
internal static class ShippedPack
{
    public static IRulePack Create() => ArabicControlPack.Instance;
}
