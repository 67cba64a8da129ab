// A command called straight from the page, past every button, is checked where data changes: the
// console's own modules are imported into the running page (the development server serves them
// by address, the same modules the screens use) and called with the leader named as actor while
// a member is signed in. The executor takes the actor from the seat and refuses.
import { expect, test } from '@playwright/test';
import { memberGradesLevelOne } from './pages';

const LEADER_ACTOR = { id: 'a1000000-0000-4000-8000-000000000001', name: '王建国', role: 'leader' } as const;

test('a member’s direct commands to activate level 1, to restore and to make himself leader are refused', async ({ page }) => {
  test.setTimeout(120_000);
  const { console, numbers } = await memberGradesLevelOne(page);

  const refusals = await page.evaluate(
    async ({ number, leader }) => {
      // Addresses of the development server: the same module instances the screens use.
      const load = (path: string) => import(/* @vite-ignore */ path);
      const { openSeeded } = await load('/features/session/modeDatabase.ts');
      const { planInForce } = await load('/db/seed.ts');
      const { consoleCalendar } = await load('/db/calendar.ts');
      const { applyCommand } = await load('/db/incidents.ts');
      const { restoreBackup } = await load('/db/backup.ts');
      const { savePerson } = await load('/db/organisation.ts');
      const db = await openSeeded('live');
      const ctx = { actor: leader, plan: await planInForce(db), calendar: await consoleCalendar(db), now: Date.now() };
      const found = await db.incidents.where('number').equals(number).first();
      const activated = await applyCommand(db, found.id, { type: 'activateResponse' }, ctx);
      const backup = { createdAt: new Date().toISOString(), mode: 'live', reason: 'manual', schemaVersion: 9, trust: 'signed', tables: {} };
      const restored = await restoreBackup(db, backup, ctx);
      const me = (await db.people.toArray()).find((p: { name: string }) => p.name === '赵敏');
      const promoted = await savePerson(
        db,
        me.id,
        { name: me.name, role: 'leader', title: me.title, phone: me.phone, department: me.department },
        ctx,
      );
      return { activated, restored, promoted, state: (await db.incidents.get(found.id)).state };
    },
    { number: numbers.incident, leader: LEADER_ACTOR },
  );
  expect(refusals.activated).toMatchObject({ ok: false, error: { code: 'level1-activation-needs-leader' } });
  expect(refusals.restored).toMatchObject({ ok: false, error: { code: 'backup-restore-needs-leader' } });
  expect(refusals.promoted).toMatchObject({ ok: false, error: { code: 'command-not-permitted', params: { role: 'member' } } });
  // Nothing moved: the incident still waits for the leader, and 赵敏 is still a member.
  expect(refusals.state).toBe('graded');
  await console.nav('组织机构').click();
  await expect(page.getByRole('region', { name: '人员名单' }).getByRole('row').filter({ hasText: '赵敏' })).toContainText('成员');
});
