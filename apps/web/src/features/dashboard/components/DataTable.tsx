import { formatCell, type CellFormat, type DataSet } from '../dataset';

interface Props {
  dataset: DataSet;
  format: CellFormat;
  id?: string;
}

/** The data set as a real table: caption, column headers and the first cell of each row as row header. */
export function DataTable({ dataset, format, id }: Props) {
  return (
    <div className="data-table" id={id} role="region" aria-label={dataset.caption} tabIndex={0}>
      <table>
        <caption>{dataset.caption}</caption>
        <thead>
          <tr>
            {dataset.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => {
                const value = formatCell(cell, format);
                const className = cell.kind === 'text' ? undefined : 'data-table__number';
                return index === 0 ? (
                  <th key={dataset.columns[index]?.key ?? index} scope="row">
                    {value}
                  </th>
                ) : (
                  <td key={dataset.columns[index]?.key ?? index} className={className}>
                    {value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
