namespace Extract.Evaluation;

/// <summary>Counts and the precision, recall and F1 derived from them (0 when undefined).</summary>
/// <param name="TruePositives">Predictions matched to a gold relation.</param>
/// <param name="FalsePositives">Predictions matched to no gold relation.</param>
/// <param name="FalseNegatives">Gold relations matched by no prediction.</param>
public readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>The number of gold relations.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>The number of predictions counted.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>TP / (TP + FP); 0 without predictions.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>TP / (TP + FN); 0 without gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() =>
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}
