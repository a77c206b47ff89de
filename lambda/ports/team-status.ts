import type { TeamSettings } from '../domain/routing/teams';
import type { Team } from '../domain/support/channel';

/** What a contact centre says of a team right now; whatever it leaves out comes from the team's own settings. */
export interface LiveTeamStatus {
  /** The team's hours as the contact centre has them (open now and when it opens come from these). */
  hours?: Pick<TeamSettings, 'timeZone' | 'hours'>;
  /** Contacts waiting in the team's queue that the agents available now cannot take at once. */
  contactsAhead?: number;
}

/** The contact centre's live view of a team (Amazon Connect); absent, the desk computes it itself. */
export interface TeamStatusSource {
  status(team: Team): Promise<LiveTeamStatus>;
}
