import { demoCustomers, DEMO_DEVICE_IDS, DEMO_KINDLE_SERIAL } from '../../../lambda/adapters/demo/demo-data';
import { Diagnosis } from '../../../lambda/domain/diagnosis/engine';
import { treeFor } from '../../../lambda/domain/diagnosis/knowledge';
import { statusFacts } from '../../../lambda/domain/diagnosis/status';
import { diagnosisHandoff } from '../../../lambda/domain/diagnosis/summary';
import { handoffSummary } from '../../../lambda/domain/handoff-summary';
import type { DeviceStatus } from '../../../lambda/domain/model';
import { TEST_NOW } from '../../support/harness';

const statuses = demoCustomers(TEST_NOW)[0].deviceStatus;

describe('device status for the diagnosis', () => {
  it.each<[string, Parameters<typeof statusFacts>[0], DeviceStatus, object]>([
    ['Fire TV with an update and a tired remote', 'FIRE_TV', statuses[DEMO_DEVICE_IDS.fireTv], { conditions: ['UPDATE_PENDING', 'REMOTE_BATTERY_LOW'], plain: 'online, last seen 5 minutes ago; Wi-Fi signal strong; software update pending; remote battery low' }],
    ['Echo Dot with weak Wi-Fi', 'ECHO', statuses[DEMO_DEVICE_IDS.echoDot], { conditions: ['WEAK_WIFI'], plain: 'online, last seen 2 minutes ago; Wi-Fi signal weak' }],
    ['Echo Show with nothing wrong', 'ECHO', statuses[DEMO_DEVICE_IDS.echoShow], { conditions: [] }],
    ['Kindle at 4% that last synced 9 days ago (offline is normal for it)', 'KINDLE', statuses[DEMO_KINDLE_SERIAL], { conditions: ['BATTERY_LOW', 'NOT_SYNCED'], daysSinceSync: 9, batteryPercent: 4, plain: 'offline, last seen 9 days ago; battery 4%; last synced 9 days ago' }],
    ['an Echo that went offline', 'ECHO', { online: false, lastSeenAt: new Date(TEST_NOW.getTime() - 3 * 3_600_000), wifiSignal: 'NONE' }, { conditions: ['OFFLINE', 'WEAK_WIFI'], plain: 'offline, last seen 3 hours ago; Wi-Fi signal none' }],
  ])('%s', (_case, family, status, expected) => {
    expect(statusFacts(family, status, TEST_NOW)).toMatchObject(expected);
  });
});

describe('the summary for the team', () => {
  it('names the device, the problem, each step with its answer, and the status', () => {
    const diagnosis = new Diagnosis('FIRE_TV', treeFor('FIRE_TV', 'REMOTE')!, ['REMOTE_BATTERY_LOW']);
    const handoff = diagnosisHandoff({
      diagnosis,
      device: { family: 'FIRE_TV', model: 'Fire TV Stick 4K Max', name: 'Living Room Fire TV', status: 'online; remote battery low' },
      symptom: 'REMOTE',
      history: [
        { stepId: 'status.REMOTE_BATTERY_LOW', answer: 'ALREADY_TRIED' },
        { stepId: 'pair', answer: 'NOT_FIXED' },
        { stepId: 'restart', answer: 'NOT_FIXED' },
      ],
      reason: 'DIAGNOSIS_UNRESOLVED',
    });
    expect(handoff).toMatchObject({
      team: 'FIRE_TV',
      reason: 'DIAGNOSIS_UNRESOLVED',
      device: { family: 'FIRE_TV', name: 'Living Room Fire TV', status: 'online; remote battery low' },
      problem: { symptomId: 'REMOTE', description: 'remote not working' },
    });
    expect(handoff.stepsTried.map((s) => [s.stepId, s.answer])).toEqual([
      ['status.REMOTE_BATTERY_LOW', 'already tried before the call, did not help'],
      ['pair', 'did not help'],
      ['restart', 'did not help'],
    ]);
    expect(handoff.stepsTried[1].instruction).toContain('Home button');
    expect(handoffSummary(handoff)).toMatch(/^Living Room Fire TV, a Fire TV Stick 4K Max: remote not working\. None of the steps fixed it\. Device status: online; remote battery low\. Tried: 1\. Put two fresh/);
  });

  it('says when the device and its status are unknown', () => {
    const diagnosis = new Diagnosis('KINDLE', treeFor('KINDLE', 'FROZEN')!, []);
    const handoff = diagnosisHandoff({ diagnosis, device: { family: 'KINDLE' }, symptom: 'FROZEN', history: [], reason: 'CUSTOMER_ASKED' });
    expect(handoffSummary(handoff)).toBe('A Kindle, not identified on the account: frozen. The customer asked for a person. Device status: not available. No steps tried yet.');
  });
});
