/** German texts of the advisors' area of the workbench (/werkbank/beratung; spread into ./de.ts). */
export const workbenchAdvisor = {
  title: 'Beratungsbereich',
};
