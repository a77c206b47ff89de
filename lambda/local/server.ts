import { depsFromEnvironment } from '../config';
import { alexaEndpoint } from '../http/alexa-endpoint';
import { buildSkill } from '../skill';

/**
 * `npm run serve`: the skill as an HTTP endpoint on the demo backend (PORT, default 3000). Requests must be
 * signed by Alexa unless ALEXA_VERIFY=off, which is only for a local endpoint nobody else can reach.
 */
function main(): void {
  const verifyRequests = process.env.ALEXA_VERIFY !== 'off';
  const deps = depsFromEnvironment(process.env);
  const port = Number(process.env.PORT ?? 3000);
  alexaEndpoint(buildSkill(deps), deps, { verifyRequests }).listen(port, () => {
    console.log(`Device Help Desk listening on http://localhost:${port}/ (request verification ${verifyRequests ? 'on' : 'OFF'})`);
  });
}

main();
