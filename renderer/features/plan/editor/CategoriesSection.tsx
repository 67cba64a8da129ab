// 投诉分类与对口部门: each category's names and the unit of the organisation that handles it,
// chosen from the organisation's teams and departments so routing finds someone.
import { useTranslation } from 'react-i18next';
import type { Category } from '@shared/plan';
import { localized } from '@shared/text';
import { usePeople } from '../../../db/DatabaseContext';
import { useAppSelector } from '../../../store';
import { Field } from '../../../ui/Field';
import { useTeams } from '../../../db/reads/organisation';
import { freshCode, ItemTable, RemoveButton, replaceAt, Section, type SectionProps } from './draftForm';

type Unit = { value: string; label: string };

/** The organisation's standing teams (by code) and the departments written on people's records. */
function useUnits(): Unit[] {
  const locale = useAppSelector((s) => s.session.locale);
  const teams = useTeams();
  const people = usePeople();
  const teamUnits = teams
    .filter((team) => team.kind !== 'task-force')
    .map((team) => ({ value: team.code, label: localized(team.name, locale) }));
  const departments = [...new Set(people.map((p) => p.department.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return [...teamUnits, ...departments.map((d) => ({ value: d, label: d }))];
}

export function CategoriesSection({ form, update, err, onRemove }: SectionProps & { onRemove: (code: string) => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const setCategory = (index: number, patch: Partial<Category>) =>
    update((f) => ({ ...f, categories: replaceAt(f.categories, index, patch) }));
  const add = () =>
    update((f) => ({
      ...f,
      categories: [
        ...f.categories,
        {
          code: freshCode(
            'category',
            f.categories.map((c) => c.code),
          ),
          name: { zh: '', en: '' },
        },
      ],
    }));
  return (
    <Section
      title={t('planEditor.editor.categories')}
      wide
      actions={
        <button type="button" onClick={add}>
          {t('planEditor.editor.addCategory')}
        </button>
      }
    >
      <ItemTable heads={[t('planEditor.editor.categoryName'), t('planEditor.editor.categoryNameEn'), t('planEditor.editor.department')]}>
        {form.categories.map((category, i) => {
          const label = category.name.zh || t('planEditor.editor.newItem', { n: i + 1 });
          const known = !category.department || units.some((u) => u.value === category.department);
          return (
            <tr key={category.code}>
              <td>
                <Field
                  label={`${label} ${t('planEditor.editor.categoryName')}`}
                  error={err(`categories.${i}.name.zh`) ?? err(`categories.${i}.name`)}
                >
                  {(a) => (
                    <input
                      {...a}
                      value={category.name.zh}
                      onChange={(e) => setCategory(i, { name: { ...category.name, zh: e.target.value } })}
                    />
                  )}
                </Field>
              </td>
              <td>
                <Field label={`${label} ${t('planEditor.editor.categoryNameEn')}`} error={err(`categories.${i}.name.en`)}>
                  {(a) => (
                    <input
                      {...a}
                      value={category.name.en ?? ''}
                      onChange={(e) => setCategory(i, { name: { ...category.name, en: e.target.value } })}
                    />
                  )}
                </Field>
              </td>
              <td>
                <Field label={`${label} ${t('planEditor.editor.department')}`} error={err(`categories.${i}.department`)}>
                  {(a) => (
                    <select
                      {...a}
                      value={category.department ?? ''}
                      onChange={(e) => setCategory(i, { department: e.target.value === '' ? undefined : e.target.value })}
                    >
                      <option value="">{t('planEditor.editor.intakeDefault')}</option>
                      {units.map((unit) => (
                        <option key={unit.value} value={unit.value}>
                          {unit.label}
                        </option>
                      ))}
                      {/* A plan from a template or another office may name a unit this organisation lacks. */}
                      {!known ? (
                        <option value={category.department}>
                          {t('planEditor.editor.unknownUnit', { name: category.department ?? '' })}
                        </option>
                      ) : null}
                    </select>
                  )}
                </Field>
              </td>
              <td>
                <RemoveButton name={label} disabled={form.categories.length <= 1} onClick={() => onRemove(category.code)} />
              </td>
            </tr>
          );
        })}
      </ItemTable>
      {form.categories.some((c) => c.department && !units.some((u) => u.value === c.department)) ? (
        <p className="muted small">{t('planEditor.editor.unknownUnitHint')}</p>
      ) : null}
    </Section>
  );
}
