// 列对应: which column of the file feeds each of our fields; guessed, remembered, changeable.
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type ImportField } from '@shared/importing';
import { Field, Panel } from '../../ui/Field';
import { fieldLabel } from './exchangeText';

type Props = { headers: string[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void };

export function MappingPanel({ headers, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const missing = REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
  const choose = (field: ImportField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  return (
    <Panel title={t('exchange.mapping.title')}>
      <p className="muted small">{t('exchange.mapping.hint')}</p>
      {missing.length > 0 ? (
        <div className="notice warning" role="status">
          {t('exchange.mapping.missing', { fields: missing.map((f) => fieldLabel(f, t)).join(t('exchange.listJoin')) })}
        </div>
      ) : null}
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <Field key={field} label={`${fieldLabel(field, t)}${REQUIRED_FIELDS.includes(field) ? t('exchange.mapping.requiredMark') : ''}`}>
            {(props) => (
              <select {...props} value={mapping[field] ?? ''} onChange={(e) => choose(field, e.target.value)}>
                <option value="">{t('exchange.mapping.none')}</option>
                {headers.map((header, index) => (
                  <option key={index} value={index}>
                    {header || t('exchange.mapping.untitled', { n: index + 1 })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
    </Panel>
  );
}
