import type { Topic } from "@/lib/ai/local/facts/types";

// Machine learning, statistics and SQL.

export const DATA_TOPICS: Topic[] = [
  {
    id: "overfitting",
    name: "overfitting",
    triggers: ["model", "training", "regularization", "generalize", "generalise", "validation"],
    strongTriggers: ["overfitting", "overfit", "over-fitting", "bias-variance"],
    facts: [
      {
        id: "train-validation-gap",
        text: "Overfitting shows as good training scores and much worse validation scores",
        evidence: [{ groups: [["training"], ["validation", "test", "new data", "unseen"]], maxGap: 10 }],
      },
      {
        id: "regularization-helps",
        text: "Regularization, more data, simpler models and early stopping reduce overfitting",
        evidence: [
          { groups: [["regulariz", "dropout", "early stopping", "more data", "more training data", "simpler model"]] },
        ],
      },
      {
        id: "cross-validation",
        text: "Cross-validation checks that a model generalises",
        evidence: [{ groups: [["cross-validation", "cross validation", "k-fold", "held-out", "validation set"]] }],
      },
    ],
    misconceptions: [
      {
        id: "too-simple",
        claim: "overfitting means the model is too simple",
        correction:
          "Overfitting means the model is too complex for its data: it memorises noise in the training set; a model too simple to fit is underfitting",
        patterns: [
          {
            groups: [
              ["overfit", "over-fit"],
              ["means", "is when", "happens when", "is"],
              [
                "too simple",
                "not complex enough",
                "can't capture",
                "cannot capture",
                "not flexible enough",
                "too few parameters",
              ],
            ],
            maxGap: 4,
            breaks: ["underfit", "underfitting", "opposite"],
          },
        ],
      },
      {
        id: "more-data-worse",
        claim: "more training data makes overfitting worse",
        correction:
          "More and more varied data is the most reliable cure for overfitting: it is harder to memorise noise across more examples",
        patterns: [
          {
            groups: [
              ["more", "extra", "additional"],
              ["data", "examples", "samples"],
              ["makes", "make"],
              ["overfitting worse", "it worse", "overfitting more likely"],
            ],
            maxGap: 3,
          },
          {
            groups: [
              ["more", "extra", "additional"],
              ["data", "examples", "samples"],
              ["worsens", "increases overfitting", "causes overfitting", "cause overfitting", "leads to overfitting"],
            ],
            maxGap: 3,
          },
          {
            groups: [
              ["train", "training"],
              ["on a smaller", "on less"],
              ["sample", "data", "dataset"],
            ],
            maxGap: 2,
          },
        ],
      },
      {
        id: "regularization-increases",
        claim: "regularization increases overfitting",
        correction:
          "Regularization reduces overfitting: penalties like L1 and L2 keep weights small so the model can't fit noise",
        patterns: [
          {
            groups: [
              ["regulariz", "l1", "l2", "dropout"],
              ["increase", "increases", "cause", "causes", "worsen", "worsens", "makes overfitting worse", "leads to"],
              ["overfit"],
            ],
            maxGap: 3,
          },
          {
            groups: [
              ["remove", "removing", "turn off", "disable"],
              ["regulariz"],
              ["prevent", "reduce", "avoid", "fix"],
              ["overfit"],
            ],
            maxGap: 5,
          },
        ],
      },
      {
        id: "evaluate-on-training",
        claim: "you should evaluate a model on its training set",
        correction:
          "A model must be judged on data it never trained on, a validation or test set; the training score is exactly what overfitting inflates",
        patterns: [
          {
            groups: [
              ["evaluate", "evaluating", "evaluation"],
              ["on the training set", "on the training data", "on training data"],
            ],
            maxGap: 2,
          },
        ],
      },
    ],
  },
  {
    id: "p-values",
    name: "p-values",
    triggers: ["significant", "significance", "hypothesis", "a/b test", "statistical", "confidence interval"],
    strongTriggers: ["p-value", "p-values", "p value", "statistical significance", "null hypothesis"],
    facts: [
      {
        id: "definition",
        text: "A p-value is the probability of data at least this extreme if the null hypothesis were true",
        evidence: [
          {
            groups: [
              ["if", "assuming", "given"],
              ["null hypothesis", "null", "no effect"],
            ],
            maxGap: 4,
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "probability-null-true",
        claim: "a p-value is the probability that the null hypothesis is true",
        correction:
          "A p-value is the probability of seeing data at least this extreme if the null hypothesis were true; it is not the probability that the null, or the effect, is real",
        patterns: [
          {
            groups: [
              ["p-value", "p value", "p-values"],
              ["is", "means", "tells", "gives"],
              ["probability", "chance", "likelihood"],
              [
                "null hypothesis is true",
                "null is true",
                "hypothesis is true",
                "result is real",
                "effect is real",
                "results are due to chance",
                "result is due to chance",
              ],
            ],
            maxGap: 4,
            breaks: ["if", "assuming", "given"],
          },
        ],
      },
      {
        id: "small-p-big-effect",
        claim: "a small p-value means a large effect",
        correction:
          "A p-value says nothing about effect size: with enough data a tiny, unimportant effect is significant; report the effect and its confidence interval",
        patterns: [
          {
            groups: [
              ["small", "smaller", "low", "lower", "tiny"],
              ["p-value", "p value"],
              ["means", "shows", "indicates"],
              ["big", "bigger", "large", "larger", "important", "stronger"],
              ["effect", "impact"],
            ],
            maxGap: 3,
          },
        ],
      },
    ],
  },
  {
    id: "mean-median",
    name: "mean and median",
    triggers: ["average", "skewed", "outliers", "outlier"],
    strongTriggers: ["median", "mean and median"],
    facts: [
      {
        id: "median-robust",
        text: "The median resists outliers and skew, so it suits order values and session lengths",
        evidence: [{ groups: [["median"], ["outlier", "outliers", "skew", "skewed", "robust"]], maxGap: 8 }],
      },
    ],
    misconceptions: [
      {
        id: "mean-robust",
        claim: "the mean is robust to outliers",
        correction: "The mean is pulled by outliers and long tails; the median is the robust one",
        patterns: [
          {
            groups: [
              ["mean", "average"],
              ["is", "isn't"],
              ["robust", "not affected", "unaffected", "resistant"],
              ["outlier", "outliers", "skew"],
            ],
            maxGap: 3,
            breaks: ["median"],
          },
        ],
      },
    ],
  },
  {
    id: "sql-joins",
    name: "SQL joins",
    triggers: ["join", "joins", "rows", "table", "tables", "sql"],
    strongTriggers: ["inner join", "left join", "outer join", "full outer join"],
    facts: [
      {
        id: "left-keeps",
        text: "A LEFT JOIN keeps every left row, filling NULLs where the right side has no match",
        evidence: [{ groups: [["left join"], ["every", "all", "keeps"], ["row", "rows"]], maxGap: 6 }],
      },
    ],
    misconceptions: [
      {
        id: "inner-keeps-all",
        claim: "an INNER JOIN keeps rows without a match",
        correction:
          "An INNER JOIN returns only rows with a match on both sides; keeping unmatched rows takes an outer join",
        patterns: [
          {
            groups: [
              ["inner join"],
              ["keeps", "returns", "includes"],
              ["all rows", "every row", "all the rows", "unmatched"],
            ],
            maxGap: 4,
            breaks: ["left", "outer", "only"],
          },
        ],
      },
      {
        id: "left-drops-unmatched",
        claim: "a LEFT JOIN drops left rows that have no match",
        correction: "A LEFT JOIN keeps every row of the left table, with NULLs for the missing right side",
        patterns: [
          {
            groups: [["left join"], ["drops", "removes", "excludes", "loses"], ["rows", "unmatched", "customers"]],
            maxGap: 5,
            breaks: ["where", "inner", "filter"],
          },
        ],
      },
    ],
  },
  {
    id: "where-having",
    name: "WHERE and HAVING",
    triggers: ["sql", "group by", "aggregate", "filter"],
    strongTriggers: ["having"],
    facts: [
      {
        id: "order",
        text: "WHERE filters rows before grouping; HAVING filters groups after aggregation",
        evidence: [{ groups: [["having"], ["after"], ["group", "grouping", "aggregat"]], maxGap: 6 }],
      },
    ],
    misconceptions: [
      {
        id: "where-after-group",
        claim: "WHERE filters after GROUP BY",
        correction:
          "WHERE filters rows before they are grouped, so it can't use aggregates; HAVING filters the groups afterwards",
        patterns: [
          {
            groups: [
              ["where"],
              ["filters", "runs", "is applied", "applies"],
              ["after"],
              ["group", "grouping", "aggregat"],
            ],
            maxGap: 3,
            breaks: ["having"],
          },
          {
            groups: [
              ["having"],
              ["filters", "runs", "is applied", "applies"],
              ["before"],
              ["group", "grouping", "aggregat"],
            ],
            maxGap: 3,
            breaks: ["where"],
          },
        ],
      },
    ],
  },
  {
    id: "regression",
    name: "linear and logistic regression",
    triggers: ["regression", "coefficient", "coefficients", "classification"],
    strongTriggers: ["logistic regression", "linear regression"],
    facts: [
      {
        id: "log-odds",
        text: "A logistic regression coefficient is a change in log-odds",
        evidence: [{ groups: [["log-odds", "log odds", "odds ratio", "odds"]] }],
      },
    ],
    misconceptions: [
      {
        id: "logistic-continuous",
        claim: "logistic regression predicts a continuous value",
        correction:
          "Logistic regression models the probability of a class, through log-odds; predicting a continuous quantity is linear regression's job",
        patterns: [
          {
            groups: [
              ["logistic regression"],
              ["predicts", "predict", "is for", "outputs"],
              ["continuous", "a number like price", "prices", "any real"],
            ],
            maxGap: 4,
            breaks: ["linear"],
          },
        ],
      },
    ],
  },
];
