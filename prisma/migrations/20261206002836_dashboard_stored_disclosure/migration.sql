-- CreateTable
CREATE TABLE "DashboardHiddenCells" (
    "panel" TEXT NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "keys" TEXT[],

    CONSTRAINT "DashboardHiddenCells_pkey" PRIMARY KEY ("panel","from","to")
);
