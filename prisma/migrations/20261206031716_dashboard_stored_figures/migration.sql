-- The dashboard's stored figures (issue 18 B4): answers read the figures of each block with its
-- control instead of the views' rows. The hidden keys alone are no longer enough; the next refresh
-- fills the new tables (until then the stored panels show zeros, never an unprotected figure).
-- DropTable
DROP TABLE "DashboardHiddenCells";

-- CreateTable
CREATE TABLE "DashboardBlock" (
    "panel" TEXT NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "figures" JSON NOT NULL,
    "cumulative" TEXT[],
    "hidden" TEXT[],
    "digest" TEXT NOT NULL,

    CONSTRAINT "DashboardBlock_pkey" PRIMARY KEY ("panel","from","to")
);

-- CreateTable
CREATE TABLE "DashboardBlockInput" (
    "panel" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "DashboardBlockInput_pkey" PRIMARY KEY ("panel","part")
);

-- Until the first refresh stores figures, the dashboard says that it has none yet ("as of" empty).
DELETE FROM "DashboardRefresh";
